// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightPlaceholders } from './highlight-placeholders';
import { markdownToUnsafeHtml } from './markdown-to-unsafe-html';

// Sanitising is left out here (happy-dom cannot run DOMPurify; see
// e2e/render-markdown.spec.ts); the HTML is our own test Markdown.
function highlighted(markdown: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markdownToUnsafeHtml(markdown);
  highlightPlaceholders(container);
  return container;
}

function marks(markdown: string): [string | undefined, string][] {
  return Array.from(highlighted(markdown).querySelectorAll<HTMLElement>('mark.template-placeholder'), (m) => [m.dataset.placeholderKind, m.textContent ?? '']);
}

describe('highlightPlaceholders', () => {
  it('marks what the engine finds, of every kind', () => {
    expect(marks('# Feature: [FEATURE NAME]\n\nOwner {title of option}, due YYYY-MM-DD, TODO(SECRET_TOOL), $ARGUMENTS, (fill me in with a name), install <package>')).toEqual([
      ['bracket', '[FEATURE NAME]'],
      ['brace', '{title of option}'],
      ['date', 'YYYY-MM-DD'],
      ['todo', 'TODO(SECRET_TOOL)'],
      ['variable', '$ARGUMENTS'],
      ['paren', '(fill me in with a name)'],
      ['angle', '<package>'],
    ]);
  });

  it('sets [NEEDS CLARIFICATION: ...] apart from blanks', () => {
    const mark = highlighted('Auth via [NEEDS CLARIFICATION: method?].').querySelector('mark');
    expect(mark?.className).toBe('template-placeholder template-placeholder-clarification');
    expect(mark?.textContent).toBe('[NEEDS CLARIFICATION: method?]');
  });

  it('follows the engine in code: brackets count in code spans, braces and angles do not', () => {
    expect(marks('Branch `[###-feature-name]`, route `/users/{id}`, type `Vec<T>`')).toEqual([['bracket', '[###-feature-name]']]);
    expect(marks('```\nconst a = [1, 2]; // [REMOVE IF UNUSED]\n```')).toEqual([['bracket', '[REMOVE IF UNUSED]']]);
    expect(marks('### Format: `[ID] [P?]` for [Brief Title]')).toEqual([['bracket', '[Brief Title]']]);
  });

  it('does not take links, checkboxes or task tags for placeholders', () => {
    expect(marks('[docs](https://example.com) and https://example.com/{id}')).toEqual([]);
    expect(marks('- [ ] T012 [P] [US1] Create [Entity1] model')).toEqual([['bracket', '[Entity1]']]);
  });

  it('finds a placeholder across bold or italic, one mark per piece', () => {
    expect(marks('[FEATURE **NAME**]')).toEqual([
      ['bracket', '[FEATURE '],
      ['bracket', 'NAME'],
      ['bracket', ']'],
    ]);
  });

  it('keeps the text as it was around the marks', () => {
    expect(highlighted('a [B] c [D] e').textContent).toBe('a [B] c [D] e\n');
  });
});
