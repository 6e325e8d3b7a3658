import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

/**
 * Markdown's parts in the theme's colours (CSS variables reach into the
 * editor's shadow root), so light and dark have the same contrast.
 */
const markdownHighlight = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--color-accent)', fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--color-repeat-text)', textDecoration: 'underline' },
  { tag: tags.monospace, color: 'var(--color-placeholder-text)' },
  { tag: [tags.quote, tags.comment], color: 'var(--color-text-muted)' },
  { tag: [tags.list, tags.processingInstruction, tags.meta, tags.contentSeparator], color: 'var(--color-conditional-text)' },
]);

const theme = EditorView.theme({
  '&': {
    minHeight: '60vh',
    border: '1px solid var(--color-border-strong)',
    borderRadius: 'var(--radius-m)',
    background: 'var(--color-surface)',
    color: 'var(--color-text)',
    fontSize: '0.95rem',
  },
  '&.cm-focused': { outline: '3px solid var(--color-focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--color-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--color-text)' },
  '.cm-gutters': { background: 'var(--color-surface-sunken)', color: 'var(--color-text-muted)', borderRight: '1px solid var(--color-border)' },
  '.cm-activeLine': { background: 'color-mix(in srgb, var(--color-accent-soft) 45%, transparent)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': { background: 'color-mix(in srgb, var(--color-accent) 30%, transparent)' },
});

type Props = {
  initial: string;
  label: string;
  /** The whole text after each change. */
  onChange: (text: string) => void;
};

/**
 * The source mode's code editor (CodeMirror 6 with the GFM Markdown
 * language: headings, lists, tables, code fences and HTML comments
 * highlighted). Loaded on demand: it is its own chunk. Tab is left to move
 * focus, so the keyboard can always leave the editor.
 */
export default function SourceEditor({ initial, label, onChange }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // In a shadow root: CodeMirror's styles then go in a constructed style sheet. In the document it would add a
    // <style> element, which the Content Security Policy (style-src 'self') refuses.
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const view = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: initial,
        extensions: [
          theme,
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          markdownLanguage,
          syntaxHighlighting(markdownHighlight),
          EditorView.lineWrapping,
          keymap.of([...markdownKeymap, ...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.focus();
    return () => view.destroy();
    // The editor is made once: it owns the text from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <div className="source-editor" ref={host} />;
}
