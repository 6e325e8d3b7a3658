import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ProseBlockDoc } from '../../core/draft-doc/draft-doc-layout';
import { activateProseField, deactivateProseField, useIsActiveProseField } from './active-prose-field';
import type { EditStart } from './edit-start';
import type { LeaveReason } from './live-prose-editor';
import { loadLiveProseEditor, useLiveProseEditor } from './load-live-prose-editor';
import { typedWhileLoading } from './typed-while-loading';
import { StaticProse } from './static-prose';
import type { CommentPlace } from '../comments/comment-highlight';
import { useCommentMarks } from '../comments/use-comment-marks';
import { afterPaint } from '../after-paint';
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

/** Asks for the live editor's code: its fetch and run are not in the way of the first screen, and it is here before a press. */
const preload = () => void loadLiveProseEditor().catch(() => {});
let preloadScheduled = false;

/**
 * One prose part of a draft. At rest it is static HTML; pressing on it (or
 * typing into it) swaps in the page's single live TipTap editor, which goes
 * back to static HTML on Escape or when focus leaves the field.
 *
 * While live, the editor owns the text: a `markdown` prop that changes for
 * another reason is shown when the field is next at rest.
 *
 * The editor's code loads on its own (load-live-prose-editor.ts). A field
 * pressed before it is here is live at once but still static: it keeps focus
 * and collects what is typed, and the editor starts with it when it comes.
 */
export function ProseField({ id, label, labelledBy, describedBy, markdown, placeholder = '', onChange, collabFor, commentPlace }: ProseFieldProps) {
  const marks = useCommentMarks(commentPlace, markdown);
  const key = useId();
  const live = useIsActiveProseField(key);
  const Live = useLiveProseEditor();
  const [session, setSession] = useState<Session | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
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
      const begin = () => {
        setSession({ markdown, start, collab: collabFor?.() ?? null });
        activateProseField(key);
      };
      if (Live) {
        // Mount and focus the editor inside the press or key event itself:
        // mobile browsers only open the keyboard for focus taken in a user gesture.
        flushSync(begin);
        return;
      }
      begin();
      setLoadFailed(false);
      loadLiveProseEditor().catch(() => {
        // The words typed meanwhile go in at the end, where the editor would have put them.
        setSession((current) => {
          const typed = current?.start.text;
          if (typed) onChangeRef.current(appendTyped(markdown, typed));
          return null;
        });
        deactivateProseField(key);
        setLoadFailed(true);
      });
    },
    [key, markdown, collabFor, Live],
  );

  // While the editor's code is on its way, keys pressed on the field are kept for it.
  const onLoadingKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (!live || Live || !session) return;
    const typed = typedWhileLoading(session.start.text ?? '', event.nativeEvent);
    if (typed === null) return;
    event.preventDefault();
    event.stopPropagation();
    setSession({ ...session, start: { ...session.start, text: typed } });
  };
  const onLoadingBlur = (event: React.FocusEvent<HTMLDivElement>) => {
    if (!live || Live) return;
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    // Left before the editor came: what was typed meanwhile is kept, as the editor would have.
    const typed = session?.start.text;
    if (typed) onChangeRef.current(appendTyped(markdown, typed));
    setSession(null);
    deactivateProseField(key);
  };

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

  useEffect(() => {
    if (preloadScheduled) return;
    preloadScheduled = true;
    afterPaint(preload);
  }, []);

  return (
    <div
      className={`prose-field${live ? ' is-live' : ''}`}
      onPointerEnter={Live ? undefined : preload}
      onFocus={Live ? undefined : preload}
      onKeyDownCapture={onLoadingKeyDown}
      onBlur={onLoadingBlur}
    >
      {live && session && Live ? (
        // `Live` is one module-level component, the same object on every render once loaded: nothing is made here.
        // eslint-disable-next-line react-hooks/static-components
        <Live
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
      {loadFailed && (
        <p className="prose-field-load-error" role="alert">
          The editor could not load (offline?). What you typed is kept; press the field to try again.
        </p>
      )}
    </div>
  );
}

/** `markdown` with `typed` added at its end, as the live editor adds what is typed with the caret at the end. */
function appendTyped(markdown: string, typed: string): string {
  const base = markdown.replace(/\s+$/, '');
  return base === '' ? typed : `${base}${typed}`;
}
