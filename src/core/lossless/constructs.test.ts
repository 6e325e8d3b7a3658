import { readFileSync, readdirSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { DraftSection } from '../draft/draft-schema';
import { setBlockValue } from '../draft/section-edits';
import { fixtureNow } from '../markdown/__fixtures__/fill-draft';
import { templateById } from '../markdown/__fixtures__/load-templates';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';
import { freeFormTemplate } from '../template/free-form-template';
import { partKey } from './part-key';
import { withoutOrigin } from './without-origin';

/**
 * One small document per Markdown construct that exports used to break
 * (fences in list items, hard breaks, code spans with edge spaces, link
 * definitions, setext/indented-code ambiguity, pipes and backticks in table
 * cells, nested and loose lists, HTML blocks, blank lines in code), tested in
 * both directions: file -> draft -> file, and draft -> file -> draft.
 */
const dir = new URL('./__fixtures__/constructs/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
const options = { id: 'imported', now: fixtureNow };
const html = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }).trimEnd();

function second(sections: DraftSection[]): DraftSection {
  const all = sections.flatMap(function flat(s): DraftSection[] {
    return [s, ...s.children.flatMap(flat)];
  });
  return all[1]!;
}

describe.each(fixtures)('$name', ({ text }) => {
  it('file -> draft -> file: byte for byte, free-form or against a built-in template', () => {
    expect(exportMarkdown(importMarkdown(text, freeFormTemplate(text), options).draft)).toBe(text);
    expect(exportMarkdown(importMarkdown(text, templateById('data-platform-feature-spec'), options).draft)).toBe(text);
  });

  it('a paragraph added to its section: the file with that paragraph, meaning for meaning', () => {
    const { draft } = importMarkdown(text, freeFormTemplate(text), options);
    const section = second(draft.sections);
    const prose = section.blocks.find((b) => b.kind === 'prose');
    expect(prose?.kind).toBe('prose');
    if (prose?.kind !== 'prose') return;
    const edited = setBlockValue(draft, section.id, { ...prose, markdown: `${prose.markdown}\n\nAdded paragraph.` });
    const span = draft.origin!.parts.find((p) => p.key === partKey({ kind: 'value', place: 'section', owner: section.id, blockId: prose.blockId }))!.span!;
    const lines = text.split('\n');
    const expected = [...lines.slice(0, span[1]), '', 'Added paragraph.', ...lines.slice(span[1])].join('\n');
    expect(html(exportMarkdown(edited))).toBe(html(expected));
  });

  it('draft -> file -> draft: the construct as a prose value of a new draft is read back as that value', () => {
    const template = templateById('data-platform-feature-spec');
    const body = text.split('\n').slice(4).join('\n').trimEnd();
    const fresh = createDraft(template, options);
    const target = fresh.sections[0]!.children[0]!;
    const value = target.blocks.find((b) => b.kind === 'prose')!;
    const draft = setBlockValue(fresh, target.id, { ...value, markdown: body } as typeof value);
    const file = exportMarkdown(draft);
    const back = withoutOrigin(importMarkdown(file, template, options).draft);
    expect(html(exportMarkdown(back))).toBe(html(file));
  });
});
