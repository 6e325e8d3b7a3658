// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterAll, describe, expect, it } from 'vitest';
import { highlightPlaceholders } from './highlight-placeholders';
import { markdownToUnsafeHtml } from './markdown-to-unsafe-html';
import { proseExtensions } from './prose-extensions';

const element = document.createElement('div');
document.body.append(element);
const editor = new Editor({ element, extensions: proseExtensions() });
afterAll(() => editor.destroy());

type Found = [string | undefined, string][];

function liveMarks(markdown: string): Found {
  editor.commands.setContent(markdown, { contentType: 'markdown' });
  return Array.from(editor.view.dom.querySelectorAll<HTMLElement>('.template-placeholder'), (m) => [m.dataset.placeholderKind, m.textContent ?? '']);
}

function staticMarks(markdown: string): Found {
  const container = document.createElement('div');
  container.innerHTML = markdownToUnsafeHtml(markdown);
  highlightPlaceholders(container);
  return Array.from(container.querySelectorAll<HTMLElement>('.template-placeholder'), (m) => [m.dataset.placeholderKind, m.textContent ?? '']);
}

const samples = [
  '# Feature Specification: [FEATURE NAME]',
  'Owner {title of option}, due YYYY-MM-DD, TODO(SECRET_TOOL), $ARGUMENTS, (fill me in with a name), install <package>',
  'Auth via [NEEDS CLARIFICATION: method?] and [Brief Title].',
  'Branch `[###-feature-name]`, route `/users/{id}`, type `Vec<T>`',
  '```\nconst a = [1, 2]; // [REMOVE IF UNUSED]\n```',
  '### Format: `[ID] [P?]` for [Brief Title]',
  '- [ ] T012 [P] [US1] Create [Entity1] model\n- [x] [done thing]',
  '[docs](https://example.com) then [not a link]',
  '| Name | Value |\n| --- | --- |\n| [KEY] | {value} |',
  '> [!NOTE]\n> Fill [this] in.',
  'one [A]  \ntwo [B]',
];

describe('TemplatePlaceholderHighlight', () => {
  it('marks placeholders in the live editor', () => {
    expect(liveMarks('Build [FEATURE NAME] by YYYY-MM-DD, see [NEEDS CLARIFICATION: when?]')).toEqual([
      ['bracket', '[FEATURE NAME]'],
      ['date', 'YYYY-MM-DD'],
      ['clarification', '[NEEDS CLARIFICATION: when?]'],
    ]);
  });

  it.each(samples)('marks the same text as the static view: %s', (markdown) => {
    expect(liveMarks(markdown)).toEqual(staticMarks(markdown));
  });

  it('follows edits: a replaced placeholder loses its mark', () => {
    editor.commands.setContent('Hello [NAME]', { contentType: 'markdown' });
    expect(editor.view.dom.querySelectorAll('.template-placeholder')).toHaveLength(1);
    const from = editor.state.doc.textContent.indexOf('[NAME]') + 1;
    editor.chain().setTextSelection({ from, to: from + '[NAME]'.length }).insertContent('Ada').run();
    expect(editor.getText()).toBe('Hello Ada');
    expect(editor.view.dom.querySelectorAll('.template-placeholder')).toHaveLength(0);
  });
});
