import { beforeAll, describe, expect, it } from 'vitest';
import { flattenSections } from '../core/template/flatten-sections';
import { parseTemplate } from '../core/template/parse-template';
import type { TemplateSchema } from '../core/template/schema';
import { loadTemplates } from './load-templates';
import { templateJsonSchema } from './template-json-schema';

type Node = { [key: string]: unknown; properties?: Record<string, Node>; required?: string[]; items?: Node };

let templates: TemplateSchema[] = [];
beforeAll(async () => {
  templates = (await loadTemplates(null)).map((t) => t.template);
});

/** The schema of a section, by its path of ids from the top. */
function sectionNode(schema: Node, template: TemplateSchema, id: string): Node {
  const path: string[] = [];
  const find = (sections: TemplateSchema['sections'], trail: string[]): boolean =>
    sections.some((s) => (s.id === id ? (path.push(...trail, s.id), true) : find(s.children, [...trail, s.id])));
  find(template.sections, []);
  let node = schema.properties!.sections!;
  path.forEach((step, k) => {
    node = node.properties![step]!;
    if (k < path.length - 1) node = node.properties!.sections!;
  });
  return node;
}

describe('templateJsonSchema', () => {
  it('describes every section and block of every built-in template, and requires the mandatory sections', () => {
    for (const template of templates) {
      const schema = templateJsonSchema(template) as Node;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toBe(template.name);
      const top = template.sections.filter((s) => s.requirement === 'mandatory' && !s.condition).map((s) => s.id);
      expect(schema.properties!.sections!.required ?? []).toEqual(top);
      for (const section of flattenSections(template.sections)) {
        const node = sectionNode(schema, template, section.id);
        expect(node.title).toBe(section.title);
        for (const block of section.blocks) {
          if (block.kind === 'raw' || block.kind === 'rule') continue;
          expect(node.properties?.blocks?.properties?.[block.id], `${template.id} ${section.id} ${block.id}`).toBeDefined();
        }
      }
    }
  });

  it('gives ID’d items the pattern of the template’s IDs', () => {
    let lists = 0;
    for (const template of templates) {
      const schema = templateJsonSchema(template) as Node;
      for (const section of flattenSections(template.sections)) {
        for (const block of section.blocks) {
          if (block.kind !== 'idList') continue;
          lists++;
          const pattern = new RegExp(String(sectionNode(schema, template, section.id).properties!.blocks!.properties![block.id]!.items!.properties!.id!.pattern));
          for (const item of block.items) expect(item.id).toMatch(pattern);
          expect(`${block.prefix}${block.separator}x`).not.toMatch(pattern);
        }
      }
    }
    expect(lists).toBeGreaterThan(5);
  });

  it('types fields: choices as an enum, dates and versions by format, tables by column', () => {
    const { template } = parseTemplate(
      ['---', 'status: draft # draft | review | done', 'date: YYYY-MM-DD', '---', '# RFC: [TITLE]', '', '**Version**: [X.Y.Z]', '', '## Risks *(mandatory)*', '', '| Risk | Impact |', '|---|---|', '| [risk] | Low/Med/High |', ''].join('\n'),
      { id: 'rfc' },
    );
    const schema = templateJsonSchema(template) as Node;
    expect(schema.properties!.frontmatter!.properties!.status).toMatchObject({ type: 'string', enum: ['draft', 'review', 'done'] });
    expect(schema.properties!.frontmatter!.properties!.date).toMatchObject({ type: 'string', format: 'date' });
    const version = schema.properties!.metadata!.properties!.version as { pattern: string };
    expect('1.4.0').toMatch(new RegExp(version.pattern));
    expect('v1.4').not.toMatch(new RegExp(version.pattern));
    const risks = schema.properties!.sections!.properties!.risks!;
    expect(schema.properties!.sections!.required).toEqual(['risks']);
    const table = Object.values(risks.properties!.blocks!.properties!)[0]!;
    expect(table.items!.properties).toEqual({ Risk: { type: 'string' }, Impact: { type: 'string', enum: ['Low', 'Med', 'High'] } });
  });
});
