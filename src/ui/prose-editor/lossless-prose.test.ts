// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeMarkdown } from '../../core/lossless/merge-markdown';
import { proseExtensions } from './prose-extensions';
import { tidyMarkdown } from './tidy-markdown';

// The live editor's own extensions, headless: what prose becomes once a user has typed in it.
const editor = new Editor({ extensions: proseExtensions() });
afterAll(() => editor.destroy());

function throughEditor(markdown: string): string {
  editor.commands.setContent(markdown, { contentType: 'markdown' });
  return tidyMarkdown(editor.getMarkdown());
}

/** Prose of imported files, in styles other than the editor's own. */
const pieces: Record<string, string> = {
  emphasis: 'An _important_ point and __strong__ words.\n\nA second paragraph.',
  // Two lists one after the other (`* a` then `+ b`) are one list to the editor: not kept, and not listed here.
  bullets: '* one\n* two\n  * nested',
  ordered: '1) first\n2) second',
  'hard breaks': 'line one  \nline two\\\nline three',
  comment: 'Before.\n\n<!-- reviewer: check the numbers -->\n\nAfter.',
  'html block': 'Text.\n\n<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>\n\nEnd.',
  'reference links': 'See [RFC 3502] and [the guide][guide].\n\n[RFC 3502]: https://example.com/rfc3502\n[guide]: https://example.com/guide "Guide"',
  table: '| Week | Scope        |\n|:-----|-------------:|\n| 1    | staging only |\n| 2    | `a\\|b`       |',
  'setext heading': 'Overview\n--------\n\nText under it.',
  'code in a list': '- step one:\n\n  ```sh\n  make build\n  ```\n\n- step two',
  'task list': '- [x] done\n- [ ] open',
  'indented code': 'Text.\n\n    indented code\n\nMore.',
};

describe('prose of an imported file, once the live editor has written it', () => {
  it.each(Object.entries(pieces))('%s: merged back, it is the original text', (_name, original) => {
    expect(mergeMarkdown(original, throughEditor(original))).toBe(original);
  });

  it('an edit to one paragraph changes that paragraph only, in a text full of what the editor cannot hold', () => {
    const original = Object.values(pieces).join('\n\n');
    const written = throughEditor(original).replace('A second paragraph.', 'A second paragraph, edited.');
    expect(mergeMarkdown(original, written)).toBe(original.replace('A second paragraph.', 'A second paragraph, edited.'));
  });
});
