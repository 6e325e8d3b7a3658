import { describe, expect, it } from 'vitest';
import { filledDrafts } from '../share/__fixtures__/filled-drafts';
import { checkContentCaps, MAX_DRAFT_CHARS, MAX_PROSE_FIELD_CHARS, MAX_SECTIONS } from './content-caps';

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
