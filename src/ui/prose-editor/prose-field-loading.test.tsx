// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeProseFieldKey } from './active-prose-field';
import { loadLiveProseEditor } from './load-live-prose-editor';
import { ProseField } from './prose-field';

// As in prose-field.test.tsx: happy-dom cannot run DOMPurify.
vi.mock('./render-markdown', async () => {
  const { markdownToUnsafeHtml } = await import('./markdown-to-unsafe-html');
  return { renderMarkdown: (markdown: string) => (markdown.trim() === '' ? '' : markdownToUnsafeHtml(markdown)) };
});

afterEach(async () => {
  cleanup();
  await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
});

const changes: string[] = [];

function Field({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ProseField
        id="field"
        label="Field"
        markdown={value}
        onChange={(markdown) => {
          changes.push(markdown);
          setValue(markdown);
        }}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

const liveEditors = () => document.querySelectorAll('[contenteditable="true"]');

// One file, one module registry: these run before anything here has loaded the live editor's code.
describe('ProseField before the live editor has loaded', () => {
  it('keeps what was typed when focus leaves before the editor came', () => {
    changes.length = 0;
    render(<Field initial="Hello" />);
    const field = screen.getByRole('textbox', { name: 'Field' });
    field.focus();
    fireEvent.keyDown(field, { key: '?' });
    fireEvent.keyDown(field, { key: '!' });
    expect(liveEditors()).toHaveLength(0);
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    expect(changes).toEqual(['Hello?!']);
    expect(activeProseFieldKey()).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Field' }).textContent?.trim()).toBe('Hello?!');
  });

  it('keeps the keys typed meanwhile, Enter and Backspace included, and starts the editor with them', async () => {
    changes.length = 0;
    render(<Field initial="Hello" />);
    const field = screen.getByRole('textbox', { name: 'Field' });
    field.focus();
    for (const key of ['!', ' ', 'a', 'x', 'Backspace', 'b', 'Enter', 'c']) fireEvent.keyDown(document.activeElement ?? field, { key });
    // Live (the one live field) but not yet an editor: the static field keeps focus and nothing is written yet.
    expect(activeProseFieldKey()).not.toBeNull();
    expect(liveEditors()).toHaveLength(0);
    expect(document.activeElement).toBe(field);
    expect(changes).toEqual([]);

    await act(() => loadLiveProseEditor());
    const live = screen.getByRole('textbox', { name: 'Field' });
    expect(live.getAttribute('contenteditable')).toBe('true');
    expect(document.activeElement).toBe(live);
    expect(changes.at(-1)).toBe('Hello! ab\n\nc');
  });
});
