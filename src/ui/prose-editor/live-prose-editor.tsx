import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { awarenessOfDoc } from '../../store/team/team-store';
import { teamCaret } from './team-caret';
import { commentHighlight, commentOnSelection, type CommentPlace } from '../comments/comment-highlight';
import { Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useContext, useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { PROSE_FRAGMENT_OF_KEY, type ProseBlockDoc } from '../../core/draft-doc/draft-doc-layout';
import type { EditStart } from './edit-start';
import { proseExtensions } from './prose-extensions';
import { ProseSectionLevel } from './prose-section-level';
import { ProseToolbar } from './prose-toolbar';
import { tidyMarkdown } from './tidy-markdown';
import './prosemirror-base.css';

export type LeaveReason = 'escape' | 'blur';

type LiveProseEditorProps = {
  id: string;
  label: string;
  labelledBy?: string;
  describedBy?: string;
  /** The field's Markdown when editing started; later prop changes are not applied while live. */
  initialMarkdown: string;
  placeholder: string;
  start: EditStart;
  /** The field's part of the draft's document: the editor edits its fragment (so two tabs typing in it merge); null edits the Markdown alone. */
  collab: ProseBlockDoc | null;
  /** Where the field is, for review comments (with `collab` only). */
  commentPlace?: CommentPlace;
  onChange: (markdown: string) => void;
  onLeave: (reason: LeaveReason) => void;
};

/**
 * The one TipTap editor on the page (see `active-prose-field.ts`). Mounted when
 * a field is activated and unmounted when the writer leaves it. Every prop must
 * be stable while live: TipTap compares its options on each render and
 * reconfigures the view when one differs.
 */
export const LiveProseEditor = memo(function LiveProseEditor({
  id,
  label,
  labelledBy,
  describedBy,
  initialMarkdown,
  placeholder,
  start,
  collab,
  commentPlace,
  onChange,
  onLeave,
}: LiveProseEditorProps) {
  const onLeaveRef = useRef(onLeave);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onLeaveRef.current = onLeave;
    onChangeRef.current = onChange;
  });
  /** The document as of the last onChange, to tell whether anything is left to emit. */
  const emittedDoc = useRef<ProseMirrorNode | null>(null);
  const started = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toolbarId = `${id}-toolbar`;

  const headingFloor = useContext(ProseSectionLevel) + 1;
  const [extensions] = useState(() => {
    const awareness = collab?.fragment.doc ? awarenessOfDoc(collab.fragment.doc) : undefined;
    const comments = collab && commentPlace ? [commentHighlight(commentPlace, collab.fragment)] : [];
    return proseExtensions({ placeholder, headingFloor, fragment: collab?.fragment ?? null, team: [...(awareness ? [teamCaret(awareness)] : []), ...comments] });
  });
  const [editorProps] = useState(() => ({
    attributes: definedAttributes({
      id,
      class: 'prose-field-content prose-field-editor',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': labelledBy ? undefined : label,
      'aria-labelledby': labelledBy,
      'aria-describedby': describedBy,
      'aria-placeholder': placeholder || undefined,
    }),
    handleKeyDown: (_view: EditorView, event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.isComposing) {
        onLeaveRef.current('escape');
        return true;
      }
      if (event.key === 'F10' && event.altKey) {
        document.getElementById(toolbarId)?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
        return true;
      }
      return false;
    },
  }));

  const editor = useEditor({
    extensions,
    // With a fragment, the content is the fragment's (seeded from the Markdown below when it holds something else).
    ...(collab ? {} : { content: initialMarkdown, contentType: 'markdown' as const }),
    editorProps,
    // Its base styles come from prosemirror-base.css: the CSP refuses the inline <style> TipTap would add.
    injectCSS: false,
    // The toolbar reads state through useEditorState; nothing else here needs a render per keystroke.
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: updated }) => {
      emittedDoc.current = updated.state.doc;
      const markdown = tidyMarkdown(updated.getMarkdown());
      // The fragment now reads as this Markdown; set before the store writes it, so the two stay paired.
      collab?.block.set(PROSE_FRAGMENT_OF_KEY, markdown);
      onChangeRef.current(markdown);
    },
  });

  // Focus and caret: where the writer pressed, else at the end (plus the key they typed).
  // Runs again only under StrictMode's remount, which detaches the view and drops focus.
  useLayoutEffect(() => {
    const view = editor.view;
    const box = view.dom.getBoundingClientRect();
    const hit = start.point ? view.posAtCoords({ left: box.left + start.point.x, top: box.top + start.point.y }) : null;
    const { doc } = view.state;
    // A press beside a block (right of a table row, below the text) goes to the text before it.
    const selection = hit ? Selection.near(doc.resolve(hit.pos), -1) : Selection.atEnd(doc);
    view.dispatch(view.state.tr.setSelection(selection));
    view.focus();
    if (started.current) return;
    started.current = true;
    // A fragment never written, or written as other Markdown than the field holds now (an undo, an import,
    // a new template version changed the field): it is made from the field's Markdown, which stays as it is.
    if (collab && (collab.fragment.length === 0 || collab.block.get(PROSE_FRAGMENT_OF_KEY) !== initialMarkdown)) {
      editor.commands.setContent(initialMarkdown, { contentType: 'markdown', emitUpdate: false });
      collab.block.set(PROSE_FRAGMENT_OF_KEY, initialMarkdown);
      view.dispatch(view.state.tr.setSelection(hit ? Selection.near(view.state.doc.resolve(Math.min(hit.pos, view.state.doc.content.size)), -1) : Selection.atEnd(view.state.doc)));
    }
    emittedDoc.current = editor.state.doc;
    // What was typed before the editor was here (see ProseField): a new line is Enter, as it was pressed.
    start.text?.split('\n').forEach((line, index) => {
      if (index > 0) editor.commands.enter();
      if (line) view.dispatch(view.state.tr.insertText(line).scrollIntoView());
    });
  }, [editor, start, collab, initialMarkdown]);

  // Emit anything not yet emitted before the editor goes (normally nothing: every update emits).
  useEffect(
    () => () => {
      if (editor.isDestroyed || emittedDoc.current === null || editor.state.doc.eq(emittedDoc.current)) return;
      emittedDoc.current = editor.state.doc;
      onChangeRef.current(tidyMarkdown(editor.getMarkdown()));
    },
    [editor],
  );

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && wrapper.current?.contains(next)) return;
    if (next === null) {
      // Focus left for nowhere: the window lost focus (a prompt, another tab)
      // and will come back, or the writer clicked on the page background.
      setTimeout(() => {
        if (!document.hasFocus() || wrapper.current?.contains(document.activeElement)) return;
        onLeaveRef.current('blur');
      }, 0);
      return;
    }
    onLeaveRef.current('blur');
  };

  return (
    <div className="prose-field-live" ref={wrapper} onBlur={onBlur}>
      <EditorContent editor={editor} className="prose-field-frame" />
      <ProseToolbar
        editor={editor}
        id={toolbarId}
        label={label}
        controls={id}
        headingFloor={headingFloor}
        onComment={collab && commentPlace ? () => commentOnSelection(editor.state, commentPlace, collab.fragment) : undefined}
      />
    </div>
  );
});

function definedAttributes(attributes: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
