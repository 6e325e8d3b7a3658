import { useContext, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { EditStart } from './edit-start';
import { RemoteImagesMode } from '../remote-images/remote-images-mode';
import { renderMarkdown } from './render-markdown';
import { markTextRanges, type MarkedRange } from '../comments/mark-text-ranges';

const NO_MARKS: readonly MarkedRange[] = [];

type StaticProseProps = {
  id: string;
  label: string;
  labelledBy?: string;
  describedBy?: string;
  markdown: string;
  placeholder: string;
  /** Commented words to mark. */
  marks?: readonly MarkedRange[];
  onActivate: (start: EditStart) => void;
  ref?: Ref<HTMLDivElement>;
};

/**
 * A prose field at rest: its Markdown as sanitised HTML in one focusable
 * textbox, no editor. Pressing on it, or Enter (or F2, or any character) while
 * it has focus, asks for the live editor.
 */
export function StaticProse({ id, label, labelledBy, describedBy, markdown, placeholder, marks = NO_MARKS, onActivate, ref }: StaticProseProps) {
  const remoteImages = useContext(RemoteImagesMode);
  const html = useMemo(() => renderMarkdown(markdown, { remoteImages }), [markdown, remoteImages]);
  const content = useRef<HTMLDivElement | null>(null);

  // The field is one tab stop: links and checkboxes inside it are not.
  useLayoutEffect(() => {
    content.current?.querySelectorAll<HTMLElement>('a, input').forEach((element) => {
      element.tabIndex = -1;
    });
  }, [html]);

  useLayoutEffect(() => {
    if (content.current && html !== '') markTextRanges(content.current, marks);
  }, [html, marks]);

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    if (opensLink(event)) return;
    // Activate on press, not on click, so the caret is placed before the
    // pointer comes up and without the browser moving focus first.
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    onActivate({ point: { x: event.clientX - box.left, y: event.clientY - box.top }, text: null });
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!opensLink(event) && (event.target as Element).closest('a')) event.preventDefault();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onActivate({ point: null, text: null });
    } else if (event.key.length === 1) {
      event.preventDefault();
      onActivate({ point: null, text: event.key });
    }
  };

  const setRefs = (element: HTMLDivElement | null) => {
    content.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };

  const empty = html === '';
  return (
    <div
      ref={setRefs}
      id={id}
      className={`prose-field-content prose-field-static${empty ? ' is-empty' : ''}`}
      role="textbox"
      aria-multiline="true"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-placeholder={placeholder || undefined}
      tabIndex={0}
      onMouseDown={onMouseDown}
      onClick={onClick}
      onKeyDown={onKeyDown}
      {...(empty ? {} : { dangerouslySetInnerHTML: { __html: html } })}
    >
      {empty ? (
        <p className="prose-field-placeholder" aria-hidden="true">
          {placeholder}
        </p>
      ) : null}
    </div>
  );
}

/** Ctrl/Cmd/Shift-press on a link opens it, as everywhere else; a plain press edits. */
function opensLink(event: MouseEvent<HTMLDivElement>): boolean {
  return (event.ctrlKey || event.metaKey || event.shiftKey) && (event.target as Element).closest('a') !== null;
}
