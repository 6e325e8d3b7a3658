import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ProseBlockDoc } from '../../core/draft-doc/draft-doc-layout';
import { activateProseField, deactivateProseField, useIsActiveProseField } from './active-prose-field';
import type { EditStart } from './edit-start';
import { LiveProseEditor, type LeaveReason } from './live-prose-editor';
import { StaticProse } from './static-prose';
import type { CommentPlace } from '../comments/comment-highlight';
import { useCommentMarks } from '../comments/use-comment-marks';
import './prose-field.css';

export type ProseFieldProps = {
  /** DOM id of the textbox, for `aria-labelledby`, `aria-describedby` or links elsewhere to point at. */
  id: string;
  /** Accessible name. Used unless `labelledBy` names a visible label instead. */
  label: string;
  /** Id of a visible element that names the field; takes precedence over `label`. */
  labelledBy?: string;
  /** Id of an element with help for the field (guidance, validation message). */
  describedBy?: string;
  /** Stored Markdown (GFM). */
  markdown: string;
  /** The template's hint, shown muted while the field is empty. */
  placeholder?: string;
  /** Called with clean Markdown after every change while the writer types. */
  onChange: (markdown: string) => void;
  /** The field's part of the draft's document, looked up when editing starts; none (or null) edits the Markdown alone. */
  collabFor?: () => ProseBlockDoc | null;
  /** Where the field is, for review comments on its words (with `collabFor` only). */
  commentPlace?: CommentPlace;
};

type Session = { markdown: string; start: EditStart; collab: ProseBlockDoc | null };

/**
 * One prose part of a draft. At rest it is static HTML; pressing on it (or
 * typing into it) swaps in the page's single live TipTap editor, which goes
 * back to static HTML on Escape or when focus leaves the field.
 *
 * While live, the editor owns the text: a `markdown` prop that changes for
 * another reason is shown when the field is next at rest.
 */
export function ProseField({ id, label, labelledBy, describedBy, markdown, placeholder = '', onChange, collabFor, commentPlace }: ProseFieldProps) {
  const marks = useCommentMarks(commentPlace, markdown);
  const key = useId();
  const live = useIsActiveProseField(key);
  const [session, setSession] = useState<Session | null>(null);
  const staticElement = useRef<HTMLDivElement>(null);
  const refocusStatic = useRef(false);

  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });
  // Stable, so the live editor does not re-render when the parent passes a new function.
  const emitChange = useCallback((next: string) => onChangeRef.current(next), []);

  const activate = useCallback(
    (start: EditStart) => {
      // Mount and focus the editor inside the press or key event itself:
      // mobile browsers only open the keyboard for focus taken in a user gesture.
      flushSync(() => {
        setSession({ markdown, start, collab: collabFor?.() ?? null });
        activateProseField(key);
      });
    },
    [key, markdown, collabFor],
  );

  const leave = useCallback(
    (reason: LeaveReason) => {
      refocusStatic.current = reason === 'escape';
      deactivateProseField(key);
    },
    [key],
  );

  useLayoutEffect(() => {
    if (live || !refocusStatic.current) return;
    refocusStatic.current = false;
    staticElement.current?.focus();
  }, [live]);

  useEffect(() => () => deactivateProseField(key), [key]);

  return (
    <div className={`prose-field${live ? ' is-live' : ''}`}>
      {live && session ? (
        <LiveProseEditor
          id={id}
          label={label}
          labelledBy={labelledBy}
          describedBy={describedBy}
          initialMarkdown={session.markdown}
          placeholder={placeholder}
          start={session.start}
          collab={session.collab}
          commentPlace={commentPlace}
          onChange={emitChange}
          onLeave={leave}
        />
      ) : (
        <StaticProse
          ref={staticElement}
          id={id}
          label={label}
          labelledBy={labelledBy}
          describedBy={describedBy}
          markdown={markdown}
          placeholder={placeholder}
          marks={marks}
          onActivate={activate}
        />
      )}
    </div>
  );
}
