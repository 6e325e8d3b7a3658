import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

/**
 * Markdown's parts as classes, coloured in source-mode.css from the theme's
 * variables: the same contrast in light and dark, and no inline styles for
 * the Content Security Policy to weigh.
 */
const markdownHighlight = HighlightStyle.define([
  { tag: tags.heading, class: 'md-heading' },
  { tag: [tags.emphasis], class: 'md-emphasis' },
  { tag: [tags.strong], class: 'md-strong' },
  { tag: [tags.link, tags.url], class: 'md-link' },
  { tag: [tags.monospace], class: 'md-code' },
  { tag: [tags.quote], class: 'md-quote' },
  { tag: [tags.list], class: 'md-list' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], class: 'md-mark' },
  { tag: [tags.comment], class: 'md-comment' },
  { tag: [tags.strikethrough], class: 'md-strike' },
]);

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
    const parent = host.current;
    if (!parent) return;
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: initial,
        extensions: [
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
