// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activeProseFieldKey } from './active-prose-field';
import { loadLiveProseEditor } from './load-live-prose-editor';
import { ProseField } from './prose-field';

// happy-dom cannot run DOMPurify (see sanitize-prose-html.ts); sanitising is
// tested in Chromium. Here the static view gets the same HTML unsanitised.
vi.mock('./render-markdown', async () => {
  const { markdownToUnsafeHtml } = await import('./markdown-to-unsafe-html');
  const { highlightPlaceholders } = await import('./highlight-placeholders');
  return {
    renderMarkdown: (markdown: string) => {
      if (markdown.trim() === '') return '';
      const container = document.createElement('div');
      container.innerHTML = markdownToUnsafeHtml(markdown);
      highlightPlaceholders(container);
      return container.innerHTML;
    },
  };
});

// The live editor's code loads on its own (prose-field-loading.test.tsx has a press before it is here).
beforeAll(async () => {
  await loadLiveProseEditor();
});

afterEach(async () => {
  cleanup();
  // useEditor destroys its editor on a timer after unmount.
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
});

const changes: string[] = [];

function Fields({ initial = ['Hello [NAME]', ''] }: { initial?: string[] }) {
  const [values, setValues] = useState(initial);
  return (
    <>
      {values.map((value, index) => (
        <ProseField
          key={index}
          id={`field-${index}`}
          label={`Field ${index + 1}`}
          markdown={value}
          placeholder={`Hint ${index + 1}`}
          onChange={(markdown) => {
            changes.push(markdown);
            setValues((current) => current.map((v, i) => (i === index ? markdown : v)));
          }}
        />
      ))}
    </>
  );
}

const liveEditors = () => document.querySelectorAll('[contenteditable="true"]');

describe('ProseField', () => {
  it('renders static HTML in one focusable textbox, with no editor', () => {
    render(<Fields />);
    const first = screen.getByRole('textbox', { name: 'Field 1' });
    expect(first.id).toBe('field-0');
    expect(first.tabIndex).toBe(0);
    expect(first.getAttribute('aria-multiline')).toBe('true');
    expect(first.querySelector('mark.template-placeholder')?.textContent).toBe('[NAME]');
    expect(liveEditors()).toHaveLength(0);
  });

  it('shows the template hint, muted, while empty', () => {
    render(<Fields />);
    const second = screen.getByRole('textbox', { name: 'Field 2' });
    expect(second.getAttribute('aria-placeholder')).toBe('Hint 2');
    expect(second.querySelector('.prose-field-placeholder')?.textContent).toBe('Hint 2');
  });

  it('opens the editor on Enter, with focus, the same id and name, and a toolbar', () => {
    render(<Fields />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 1' }), { key: 'Enter' });
    const live = screen.getByRole('textbox', { name: 'Field 1' });
    expect(live.getAttribute('contenteditable')).toBe('true');
    expect(live.id).toBe('field-0');
    expect(document.activeElement).toBe(live);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting for Field 1' });
    for (const name of ['Bold', 'Italic', 'Inline code', 'Link', 'Bulleted list', 'Numbered list', 'Task list', 'Code block', 'Heading 3', 'Heading 4', 'Insert table', 'Undo', 'Redo']) {
      expect(within(toolbar).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(toolbar).getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('false');
    expect(within(toolbar).getByRole('button', { name: 'Undo' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('takes a typed character into the editor and reports clean Markdown', () => {
    changes.length = 0;
    render(<Fields />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 1' }), { key: '!' });
    expect(changes.at(-1)).toBe('Hello [NAME]!');
  });

  it('keeps one live editor on the page: opening another field closes the first', () => {
    changes.length = 0;
    render(<Fields />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 1' }), { key: 'x' });
    expect(liveEditors()).toHaveLength(1);
    fireEvent.mouseDown(screen.getByRole('textbox', { name: 'Field 2' }), { button: 0 });
    expect(liveEditors()).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Field 2' }).getAttribute('contenteditable')).toBe('true');
    const first = screen.getByRole('textbox', { name: 'Field 1' });
    expect(first.getAttribute('contenteditable')).toBeNull();
    expect(first.textContent?.trim()).toBe('Hello [NAME]x');
  });

  it('leaves edit mode on Escape, keeps the text, and gives focus back to the field', () => {
    render(<Fields />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 1' }), { key: 'y' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 1' }), { key: 'Escape' });
    expect(liveEditors()).toHaveLength(0);
    const field = screen.getByRole('textbox', { name: 'Field 1' });
    expect(field.textContent?.trim()).toBe('Hello [NAME]y');
    expect(document.activeElement).toBe(field);
    expect(activeProseFieldKey()).toBeNull();
  });

  it('reports toolbar state through aria-pressed and runs commands', () => {
    render(<Fields />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 1' }), { key: 'Enter' });
    const bold = screen.getByRole('button', { name: 'Bold' });
    fireEvent.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Bulleted list' }));
    expect(screen.getByRole('button', { name: 'Bulleted list' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows table buttons only in a table', () => {
    changes.length = 0;
    render(<Fields />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field 2' }), { key: 'Enter' });
    expect(screen.queryByRole('button', { name: 'Add row' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Insert table' }));
    expect(screen.getByRole('button', { name: 'Add row' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert table' }).getAttribute('aria-disabled')).toBe('true');
    expect(changes.at(-1)).toBe('|     |     |     |\n| --- | --- | --- |\n|     |     |     |\n|     |     |     |');
  });
});
