import { describe, expect, it } from 'vitest';
import type { BlockValue, DraftSection } from '../draft/draft-schema';
import { corpus } from '../markdown/__fixtures__/corpus/index';
import { corpusMarkdown } from '../markdown/__fixtures__/corpus/load-corpus';
import { importMarkdown } from '../markdown/import-markdown';
import { FREE_FORM_TEMPLATE_ID, freeFormTemplate } from './free-form-template';
import { TemplateSchema, type Section } from './schema';

const options = { id: 'free', now: new Date('2026-01-01T00:00:00Z') };

const outline = (sections: Section[]): unknown[] => sections.map((s) => ({ level: s.level, title: s.title, kinds: s.blocks.map((b) => b.kind), children: outline(s.children) }));

function draftText(sections: DraftSection[]): string {
  const value = (v: BlockValue) => (v.kind === 'prose' ? v.markdown : JSON.stringify(v));
  return sections.map((s) => [s.title, ...s.blocks.map(value), draftText(s.children)].join('\n')).join('\n');
}

/** Words of a text, Markdown punctuation aside, to check that none went missing. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('freeFormTemplate', () => {
  it('makes each heading a section at its level, nested as in the file, with one prose block', () => {
    const markdown = '# Title\n\nIntro.\n\n## A\n\n#### Deep\n\nx\n\n## B *(mandatory)*\n\nSetext\n======\n\ny\n';
    const template = freeFormTemplate(markdown);
    expect(TemplateSchema.safeParse(template).success).toBe(true);
    expect(template).toMatchObject({ id: FREE_FORM_TEMPLATE_ID, title: null, metadata: [], groups: [], frontmatter: null });
    expect(outline(template.sections)).toEqual([
      {
        level: 1,
        title: 'Title',
        kinds: ['prose'],
        children: [
          { level: 2, title: 'A', kinds: ['prose'], children: [{ level: 4, title: 'Deep', kinds: ['prose'], children: [] }] },
          { level: 2, title: 'B *(mandatory)*', kinds: ['prose'], children: [] },
        ],
      },
      { level: 1, title: 'Setext', kinds: ['prose'], children: [] },
    ]);
    const all = JSON.stringify(template);
    expect(all).not.toMatch(/"placeholders":\[[^\]]/);
    expect(template.sections[0]!.requirement).toBe('none');
  });

  it('reads no heading in fenced code, and the frontmatter keys as text fields', () => {
    const template = freeFormTemplate('---\nstatus: done\nowners:\n  - a\n---\n\n```sh\n# not a heading\n```\n\n## Real\n');
    expect(template.frontmatter?.map((f) => [f.key, f.type])).toEqual([
      ['status', 'text'],
      ['owners', 'text'],
    ]);
    expect(template.sections.map((s) => s.title)).toEqual(['Real']);
    expect(template.preamble.map((b) => b.kind)).toEqual(['prose']);
  });

  it('gives unique section ids to equal headings', () => {
    const ids = freeFormTemplate('## Notes\n\n## Notes\n\n### Notes\n').sections.flatMap((s) => [s.id, ...s.children.map((c) => c.id)]);
    expect(new Set(ids).size).toBe(3);
  });

  it('importing a document with its own free-form template keeps all its text', () => {
    for (const doc of corpus) {
      const markdown = corpusMarkdown(doc);
      const template = freeFormTemplate(markdown);
      const { draft, report } = importMarkdown(markdown, template, options);
      const text = [Object.entries(draft.frontmatter).flat().join('\n'), draft.titleText, ...draft.preamble.map((v) => (v.kind === 'prose' ? v.markdown : JSON.stringify(v))), draftText(draft.sections)].join('\n');
      const have = new Set(words(text));
      const lost = words(markdown).filter((w) => !have.has(w));
      expect(lost, doc.file).toEqual([]);
      expect(report.missingSections, doc.file).toEqual([]);
      expect(report.extraSections, doc.file).toEqual([]);
    }
  });
});
