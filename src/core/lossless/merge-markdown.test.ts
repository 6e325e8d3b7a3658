import { describe, expect, it } from 'vitest';
import { mergeMarkdown } from './merge-markdown';

describe('mergeMarkdown', () => {
  it('keeps every block that means the same in the original text: emphasis and bullet styles, hard-break style, spacing', () => {
    const original = 'An _important_ point,  \nwith a break.\n\n* one\n* two\n\nLast   words.';
    const rendered = 'An *important* point,\\\nwith a break.\n\n- one\n- two\n\nLast words, changed.';
    expect(mergeMarkdown(original, rendered)).toBe('An _important_ point,  \nwith a break.\n\n* one\n* two\n\nLast words, changed.');
  });

  it('an edited list item is the only item written anew, with the list\'s own marker (another would start a new list)', () => {
    const original = '* [x] Ship the schema\n* [ ] Backfill   last week\n* [ ] Tell support';
    const rendered = '- [x] Ship the schema\n- [ ] Backfill last month\n- [ ] Tell support';
    expect(mergeMarkdown(original, rendered)).toBe('* [x] Ship the schema\n* [ ] Backfill last month\n* [ ] Tell support');
    expect(mergeMarkdown('1) one\n2) two', '1. one\n2. deux')).toBe('1) one\n2) deux');
  });

  it('an edited table row is the only row written anew; the header, delimiter and other rows keep their padding', () => {
    const original = '| Week | Scope        |\n|:-----|-------------:|\n| 1    | staging only |\n| 2    | `a\\|b`       |';
    const rendered = '| Week | Scope |\n| --- | --- |\n| 1 | staging and dev |\n| 2 | `a\\|b` |';
    expect(mergeMarkdown(original, rendered)).toBe('| Week | Scope        |\n|:-----|-------------:|\n| 1 | staging and dev |\n| 2    | `a\\|b`       |');
  });

  it('a table whose header changed is written anew, delimiter row and all', () => {
    const original = '| A | B |\n|---|---|\n| 1 | 2 |';
    const rendered = '| A | C |\n| --- | --- |\n| 1 | 2 |';
    expect(mergeMarkdown(original, rendered)).toBe(rendered);
  });

  it('keeps comments and link definitions where they stood, though the rendered text (the prose editor) lost them', () => {
    const original = 'First.\n\n<!-- TODO(sam): numbers -->\n\nSee [RFC 3502].\n\n[RFC 3502]: https://example.com/rfc3502';
    const rendered = 'First, edited.\n\nSee [RFC 3502].';
    expect(mergeMarkdown(original, rendered)).toBe('First, edited.\n\n<!-- TODO(sam): numbers -->\n\nSee [RFC 3502].\n\n[RFC 3502]: https://example.com/rfc3502');
  });

  it('a reference link is the link it resolves to: written as the editor inlined it, the paragraph is unchanged', () => {
    const original = 'See [RFC 3502].\n\nMore.\n\n[RFC 3502]: https://example.com/rfc3502';
    expect(mergeMarkdown(original, 'See [RFC 3502](https://example.com/rfc3502).\n\nMore, edited.')).toBe('See [RFC 3502].\n\nMore, edited.\n\n[RFC 3502]: https://example.com/rfc3502');
  });

  it('a block removed in the draft goes; a block added comes in at its place', () => {
    expect(mergeMarkdown('One.\n\nTwo.\n\nThree.', 'One.\n\nThree.')).toBe('One.\n\nThree.');
    expect(mergeMarkdown('One.\n\nThree.', 'One.\n\nTwo.\n\nThree.')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('is the rendered text when nothing matches, also where too many blocks changed to pair them', () => {
    expect(mergeMarkdown('Old.', 'New.')).toBe('New.');
    const original = Array.from({ length: 1000 }, (_, k) => `Paragraph ${k}.`).join('\n\n');
    const rendered = Array.from({ length: 1000 }, (_, k) => `Paragraph ${k} edited.`).join('\n\n');
    expect(mergeMarkdown(original, rendered)).toBe(rendered);
  });
});

describe('mergeMarkdown: what is written anew is in the file\'s style', () => {
  it('emphasis, strong and bullets as the file writes them, `_` never inside a word', () => {
    const original = 'Some _old_ and __bold__ text.\n\n* a\n* b';
    const rendered = 'Some *new* and **bold** text, snake*case*word.\n\n- a\n- b\n- c\n\nThen:\n\n- z';
    expect(mergeMarkdown(original, rendered)).toBe('Some _new_ and __bold__ text, snake*case*word.\n\n* a\n* b\n* c\n\nThen:\n\n* z');
  });
});
