import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDraftSummaries } from '../../store/use-draft-summaries';
import { useDraftsStore } from '../../store/use-drafts-store';
import { DeletedDraftToast } from './deleted-draft-toast';
import { DraftList } from './draft-list';
import { useNow } from './use-now';
import { DRAFT_SORT_LABELS, prepareSearch, searchDrafts, sortDrafts, type DraftSort } from './visible-drafts';
import './drafts-library.css';

type DraftsLibraryProps = {
  /** Where a draft lives; the app owns its URLs. */
  draftHref: (id: string) => string;
};

/** How many drafts are rendered at first, and added by each "Show more": a library of thousands stays quick to show. */
export const DRAFTS_PAGE = 50;


/** Every draft stored in this browser: find one, open it, rename, duplicate or delete it. */
export function DraftsLibrary({ draftHref }: DraftsLibraryProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const status = useDraftsStore((s) => s.status);
  const summaries = useDraftSummaries();
  const [typed, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>('edited');
  // The box shows each key at once; the list follows in a render that the next key interrupts.
  const query = useDeferredValue(typed);
  const sorted = useMemo(() => sortDrafts(summaries, sort), [summaries, sort]);
  const matching = useMemo(() => searchDrafts(sorted, query), [sorted, query]);
  useEffect(() => whenIdle(() => prepareSearch(sorted)), [sorted]);
  // Search runs over every summary; only the first pages are rendered.
  const [pages, setPages] = useState({ key: '', count: 1 });
  const pageKey = `${sort}\n${query}`;
  const pageCount = pages.key === pageKey ? pages.count : 1;
  const limit = pageCount * DRAFTS_PAGE;
  const more = Math.max(0, matching.length - limit);
  const now = useNow();
  const countText = query.trim() === '' ? draftCount(matching.length) : `${draftCount(matching.length)} match “${query.trim()}”`;

  return (
    <section className="drafts-library" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="drafts-library-title">
        Your drafts
      </h2>
      {status === 'loading' ? (
        <p className="drafts-library-message" role="status">
          Loading your drafts…
        </p>
      ) : summaries.length === 0 ? (
        <p className="drafts-library-message">No drafts yet. Start one from a template below; everything you type is kept in this browser.</p>
      ) : (
        <>
          <div className="drafts-library-controls">
            <label className="drafts-library-control">
              <span>Search drafts</span>
              <input type="search" value={typed} onChange={(e) => setQuery(e.target.value)} placeholder="Title or template" />
            </label>
            <label className="drafts-library-control">
              <span>Sort by</span>
              <select value={sort} onChange={(e) => setSort(e.target.value as DraftSort)}>
                {Object.entries(DRAFT_SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {matching.length === 0 ? (
            <p className="drafts-library-message" role="status">
              No drafts match “{query.trim()}”.
            </p>
          ) : (
            <>
              <p className="drafts-library-count" role="status">
                {more > 0 ? `${countText}; showing the first ${limit}.` : `${countText}.`}
              </p>
              <DraftList drafts={matching} limit={limit} draftHref={draftHref} now={now} />
              {more > 0 && (
                <button type="button" className="button button-secondary drafts-library-more" onClick={() => setPages({ key: pageKey, count: pageCount + 1 })}>
                  Show {Math.min(DRAFTS_PAGE, more)} more drafts
                </button>
              )}
            </>
          )}
        </>
      )}
      <DeletedDraftToast onUndone={() => headingRef.current?.focus()} />
    </section>
  );
}

function draftCount(count: number): string {
  return count === 1 ? '1 draft' : `${count.toLocaleString('en')} drafts`;
}

/** Runs `work` once the browser has nothing else to do; returns what cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}
