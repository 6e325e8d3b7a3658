import { lazy, Suspense, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useBlocker } from 'react-router';
import { draftFromSource } from '../../core/convert/draft-from-source';
import { editDraft, readDraft } from '../../store/use-draft-selector';
import { currentReview } from '../draft-review/review-store';
import { clearUndo } from '../draft-editor/undo-stack';
import { setPendingSource } from './pending-source';
import './source-mode.css';

const SourceEditor = lazy(() => import('./source-editor'));

/** A pause in typing this long, and the text is read into the draft (and so saved). */
export const SOURCE_APPLY_MS = 500;

export type SourceHandle = {
  /** Reads the text into the draft now; false (with the reason shown) when it cannot be, and the text stays. */
  commit(): boolean;
};

/**
 * The whole draft as Markdown, in a code editor. What is typed is read back
 * into the draft (draftFromSource: the lossless import, so the export is the
 * text as typed) after each pause, and at once when the user leaves for
 * another view. Text that cannot be read back keeps the user here with the
 * reason, the text untouched; leaving the page then asks first.
 */
export function SourceMode({ draftId, handle }: { draftId: string; handle: Ref<SourceHandle> }) {
  const [initial] = useState(() => currentReview(draftId).markdown);
  const text = useRef(initial);
  const applied = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (): boolean => {
    clearTimeout(timer.current);
    setPendingSource(draftId, null);
    if (text.current === applied.current) {
      setProblem(null);
      return true;
    }
    const draft = readDraft(draftId);
    if (!draft) return false;
    const result = draftFromSource(draft, text.current, new Date());
    if (!result.ok) {
      setProblem(result.message);
      return false;
    }
    // Undo of a removal made in the form would put back a part of the old document.
    clearUndo(draftId);
    editDraft(draftId, () => result.draft);
    applied.current = text.current;
    setProblem(null);
    return true;
  };
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });

  useImperativeHandle(handle, () => ({ commit: () => applyRef.current() }), []);

  const onChange = (next: string) => {
    text.current = next;
    clearTimeout(timer.current);
    setPendingSource(draftId, () => applyRef.current());
    timer.current = setTimeout(() => applyRef.current(), SOURCE_APPLY_MS);
  };

  // Leaving the editor (another route, the tab closing) with text typed: read it in; if it cannot be, ask first.
  const unread = () => text.current !== applied.current && !applyRef.current();
  const blocker = useBlocker(() => unread());
  useEffect(() => {
    const onUnload = (event: BeforeUnloadEvent) => {
      if (unread()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      clearTimeout(timer.current);
      setPendingSource(draftId, null);
    };
  }, [draftId]);

  return (
    <section className="source-mode" aria-labelledby="source-mode-title">
      <h2 id="source-mode-title" className="source-mode-title">
        Markdown source
      </h2>
      <p className="source-mode-note">The whole document as Markdown. It is read back into the form as you type, and Download gives exactly this text.</p>
      {problem && (
        <div className="source-mode-problem" role="alert">
          <p>{problem}</p>
          {blocker.state === 'blocked' && (
            <p className="source-mode-leave">
              <button type="button" className="button button-secondary" onClick={() => blocker.reset()}>
                Stay and fix it
              </button>
              <button type="button" className="button button-quiet" onClick={() => blocker.proceed()}>
                Leave without this text
              </button>
            </p>
          )}
        </div>
      )}
      <Suspense fallback={<p role="status">Loading the Markdown editor…</p>}>
        <SourceEditor initial={initial} label="Markdown source of the draft" onChange={onChange} />
      </Suspense>
    </section>
  );
}
