import { describe, expect, it } from 'vitest';
import { filledDrafts } from '../share/__fixtures__/filled-drafts';
import { parseTemplate } from '../template/parse-template';
import { checkContentCaps, checkMarkdownSize, checkTemplateCaps, MAX_DRAFT_CHARS, MAX_PROSE_FIELD_CHARS, MAX_SECTIONS } from './content-caps';

type Section = { title: string; blocks: unknown[]; children: Section[] };
const section = (title: string, markdown = '', children: Section[] = []): Section => ({ title, blocks: [{ kind: 'prose', markdown }], children });
const draftOf = (sections: Section[], extra: Record<string, unknown> = {}) => ({ kind: 'specwright/draft', titleText: 'T', preamble: [], footer: [], sections, ...extra });

describe('checkContentCaps', () => {
  it('passes every real draft in the fixtures', () => {
    for (const fixture of filledDrafts) expect(checkContentCaps(fixture.build())).toBeNull();
  });

  it('a prose field over the cap, named by its section', () => {
    expect(checkContentCaps(draftOf([section('Summary', 'x'.repeat(MAX_PROSE_FIELD_CHARS))]))).toBeNull();
    expect(checkContentCaps(draftOf([section('Intro'), section('Summary', 'x'.repeat(MAX_PROSE_FIELD_CHARS + 1))]))).toEqual({
      cap: 'prose-field',
      message: 'A prose field in “Summary” holds 200,001 characters; a prose field may hold at most 200,000.',
    });
    expect(checkContentCaps(draftOf([], { preamble: [{ kind: 'prose', markdown: 'y'.repeat(MAX_PROSE_FIELD_CHARS + 5) }] }))?.message).toMatch(/^A prose field outside the sections holds 200,005 characters/);
  });

  it('a draft over the cap as a whole, though each field is under its own', () => {
    const fields = Array.from({ length: 6 }, (_, k) => section(`S${k}`, 'z'.repeat(MAX_PROSE_FIELD_CHARS - 100)));
    expect(checkContentCaps(draftOf(fields.slice(0, 5)))).toBeNull();
    const result = checkContentCaps(draftOf(fields));
    expect(result?.cap).toBe('draft');
    expect(result?.message).toMatch(/^The draft holds 1,199,4\d\d characters of text; a draft may hold at most 1,000,000\.$/);
    expect(MAX_DRAFT_CHARS).toBe(1_000_000);
  });

  it('its template is not counted as its content', () => {
    expect(checkContentCaps(draftOf([], { template: { guidance: 'g'.repeat(MAX_DRAFT_CHARS + 1) } }))).toBeNull();
  });

  it('too many sections, subsections counted', () => {
    const flat = (n: number) => Array.from({ length: n }, (_, k) => section(`S${k}`));
    expect(checkContentCaps(draftOf(flat(MAX_SECTIONS)))).toBeNull();
    expect(checkContentCaps(draftOf(flat(MAX_SECTIONS + 1)))).toEqual({ cap: 'sections', message: 'The draft has 501 sections; a draft may have at most 500.' });
    const nested = flat(250).map((s) => ({ ...s, children: [section('child')] }));
    expect(checkContentCaps(draftOf(nested))).toBeNull();
    expect(checkContentCaps(draftOf([...nested, section('one more')]))?.message).toBe('The draft has 501 sections; a draft may have at most 500.');
  });

  it('anything not shaped like a draft is left to the schema', () => {
    for (const value of [null, 'text', 42, [1, 2], { sections: 'none' }]) expect(checkContentCaps(value)).toBeNull();
  });

  it('is quick on a draft far over the caps', () => {
    const huge = draftOf(Array.from({ length: 20 }, (_, k) => section(`S${k}`, 'w'.repeat(190_000))));
    const started = performance.now();
    expect(checkContentCaps(huge)?.cap).toBe('draft');
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('checkMarkdownSize', () => {
  it('refuses Markdown longer than a draft may be, and only that', () => {
    expect(checkMarkdownSize('# Spec\n\n' + 'x'.repeat(MAX_DRAFT_CHARS - 8))).toBeNull();
    expect(checkMarkdownSize('x'.repeat(MAX_DRAFT_CHARS + 1))).toEqual({ cap: 'draft', message: 'This Markdown holds 1,000,001 characters; a draft may hold at most 1,000,000.' });
  });
});

describe('checkTemplateCaps', () => {
  const withSections = (n: number) => parseTemplate('# Spec: [NAME]\n\n' + Array.from({ length: n }, (_, k) => `## Section ${k}\n\n[What goes here]\n`).join('\n'), { id: 'many' }).template;

  it('a template with up to MAX_SECTIONS sections passes; one more is an error at the first section over', () => {
    expect(checkTemplateCaps(withSections(MAX_SECTIONS))).toBeNull();
    const over = withSections(MAX_SECTIONS + 1);
    expect(checkTemplateCaps(over)).toEqual({ severity: 'error', code: 'too-many-sections', message: 'The template has 501 sections; a template may have at most 500.', line: over.sections[MAX_SECTIONS]!.line });
  });

  it('subsections count', () => {
    const nested = parseTemplate('# Spec: [NAME]\n\n' + Array.from({ length: 251 }, (_, k) => `## S${k}\n\n[x]\n\n### Sub\n\n[y]\n`).join('\n'), { id: 'nested' }).template;
    expect(checkTemplateCaps(nested)?.message).toBe('The template has 502 sections; a template may have at most 500.');
  });
});
