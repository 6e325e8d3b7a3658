import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { allTemplates } from './__fixtures__/load-templates';
import { exportMarkdown } from './export-markdown';
import { importMarkdown } from './import-markdown';

/*
 * A value the format writes on one line (a field's value, frontmatter, a
 * table cell, an ID'd item, a scenario step, a term) may still hold line
 * breaks: pasted into a field, imported, or stored by an older version. The
 * export keeps it on its line, so a line of it that reads as a heading or a
 * list does not become a section or a block of its own. (A list item's later
 * lines stay indented inside the item, whichever line break they follow.)
 */

const now = new Date('2026-11-21T09:30:00Z');
const breaks = ['\n', '\r\n', '\r'];
const valueWith = (nl: string) => `before${nl}# Heading${nl}- item${nl}after`;
const folded = 'before # Heading - item after';

function fill(value: BlockValue, text: string): BlockValue {
  switch (value.kind) {
    case 'fields':
      return { ...value, values: Object.fromEntries(Object.keys(value.values).map((key) => [key, text])) };
    case 'idList':
      return { ...value, items: value.items.map((item) => ({ ...item, text })) };
    case 'table':
      return { ...value, rows: [value.columns.map(() => text)] };
    case 'scenarios':
      return { ...value, items: [{ given: text, when: text, then: text }] };
    case 'definitions':
      return { ...value, items: [{ term: text, text: 'Meaning' }] };
    // Items of a list may run onto more lines; the later ones stay inside the item.
    case 'list':
      return { ...value, items: [text] };
    case 'checklist':
      return { ...value, items: [{ checked: false, text }] };
    default:
      return value;
  }
}

function fillSections(sections: DraftSection[], text: string): DraftSection[] {
  return sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => fill(b, text)), children: fillSections(s.children, text) }));
}

function filled(draft: Draft, text: string): Draft {
  const every = (record: Record<string, string>) => Object.fromEntries(Object.keys(record).map((key) => [key, text]));
  return {
    ...draft,
    frontmatter: every(draft.frontmatter),
    metadata: every(draft.metadata),
    preamble: draft.preamble.map((b) => fill(b, text)),
    sections: fillSections(draft.sections, text),
    footer: draft.footer.map((b) => fill(b, text)),
  };
}

/** Sections by id with their blocks' ids: what an extra heading or block would change. */
function structure(draft: Draft): string[] {
  const walk = (sections: DraftSection[]): string[] => sections.flatMap((s) => [`${s.id}: ${s.blocks.map((b) => b.blockId).join(' ')}`, ...walk(s.children)]);
  return [`@preamble: ${draft.preamble.map((b) => b.blockId).join(' ')}`, ...walk(draft.sections), `@footer: ${draft.footer.map((b) => b.blockId).join(' ')}`];
}

function fieldValues(draft: Draft): string[] {
  const values = (blocks: BlockValue[]) => blocks.flatMap((b) => (b.kind === 'fields' ? Object.values(b.values) : b.kind === 'idList' ? b.items.map((i) => i.text) : []));
  const walk = (sections: DraftSection[]): string[] => sections.flatMap((s) => [...values(s.blocks), ...walk(s.children)]);
  return [...Object.values(draft.metadata), ...values(draft.preamble), ...walk(draft.sections), ...values(draft.footer)];
}

describe('single-line values with line breaks in them', () => {
  it.each(allTemplates.flatMap((t) => breaks.map((nl) => [t.id, JSON.stringify(nl), t, nl] as const)))('%s, %s: the export imports back into the same sections and blocks', (_id, _nl, template, nl) => {
    const draft = filled(createDraft(template, { id: 'd', now }), valueWith(nl));
    const markdown = exportMarkdown(draft);
    // At the start of a line, not inside a list item.
    expect(markdown).not.toMatch(/^# Heading/m);
    const { draft: imported, report } = importMarkdown(markdown, template, { id: 'imported', now });
    expect(report.extraSections).toEqual([]);
    expect(report.keptAsProse).toEqual([]);
    expect(structure(imported)).toEqual(structure(draft));
    expect(fieldValues(imported)).toEqual(fieldValues(draft).map(() => folded));
    expect(Object.values(imported.frontmatter)).toEqual(Object.values(draft.frontmatter));
  });
});
