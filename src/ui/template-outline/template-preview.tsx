import { useId, type ReactNode } from 'react';
import type { TemplateSchema } from '../../core/template/schema';
import { TemplateStatsList } from '../template-stats/template-stats-list';
import { RequirementLegend } from './requirement-legend';
import { SectionTree } from './section-tree';
import { templateInventory } from './template-inventory';
import './template-outline.css';
import './template-preview.css';

const PLACEHOLDERS_SHOWN = 40;

/**
 * What the engine made of a template before it is saved: its size, section
 * outline (the same tree as a template's outline page), and the fields,
 * placeholders, ID'd lists and repeatable groups it found.
 */
export function TemplatePreview({ template }: { template: TemplateSchema }) {
  const inventory = templateInventory(template);
  const hidden = inventory.placeholders.length - PLACEHOLDERS_SHOWN;
  return (
    <div className="template-preview">
      <TemplateStatsList template={template} />

      <Panel title="Section outline">
        <RequirementLegend template={template} />
        <SectionTree sections={template.sections} groups={template.groups} />
      </Panel>

      <Panel title="Fields" empty={inventory.fields.length === 0 ? 'No typed fields: every section is free text, lists or tables.' : undefined}>
        <ul className="inventory-list" aria-label="Fields found">
          {inventory.fields.map((f, k) => (
            <li key={k}>
              <strong>{f.label}</strong> — {f.kind} <span className="inventory-where">({f.where})</span>
            </li>
          ))}
        </ul>
      </Panel>

      <Panel title="Placeholders" empty={inventory.placeholders.length === 0 ? 'No placeholders: the template’s text is kept as starting text.' : undefined}>
        <ul className="inventory-chips" aria-label="Placeholders found">
          {inventory.placeholders.slice(0, PLACEHOLDERS_SHOWN).map((p) => (
            <li key={p.text}>
              <code>{p.text}</code>
              {p.count > 1 && <span className="inventory-where"> ×{p.count}</span>}
            </li>
          ))}
        </ul>
        {hidden > 0 && <p className="inventory-more">…and {hidden} more.</p>}
      </Panel>

      <Panel title="ID’d lists" empty={inventory.idLists.length === 0 ? 'No numbered ID lists (like FR-001).' : undefined}>
        <ul className="inventory-list" aria-label="ID’d lists found">
          {inventory.idLists.map((l, k) => (
            <li key={k}>
              <strong>{l.range}</strong> — {l.count} {l.count === 1 ? 'item' : 'items'}
              {l.examples > 0 && `, and ${l.examples} shown as ${l.examples === 1 ? 'an example' : 'examples'}`} <span className="inventory-where">({l.where})</span>
            </li>
          ))}
        </ul>
      </Panel>

      <Panel title="Repeatable groups" empty={inventory.groups.length === 0 ? 'No repeatable groups (numbered sections like User Story 1, 2, 3).' : undefined}>
        <ul className="inventory-list" aria-label="Repeatable groups found">
          {inventory.groups.map((g, k) => (
            <li key={k}>
              <strong>{g.label}</strong> — {g.count} {g.count === 1 ? 'item' : 'items'} <span className="inventory-where">({g.where})</span>
              {g.hint && <span className="inventory-hint"> · {g.hint}</span>}
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}

function Panel({ title, empty, children }: { title: string; empty?: string | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <section className="outline-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="outline-panel-intro">{empty}</p> : children}
    </section>
  );
}
