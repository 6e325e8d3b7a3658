import { useId, useMemo, useRef, useState } from 'react';
import { useDraftSummaries } from '../../store/use-draft-summaries';
import { useDraftsStore } from '../../store/use-drafts-store';
import { DeletedDraftToast } from './deleted-draft-toast';
import { DraftItem } from './draft-item';
import { useNow } from './use-now';
import { DRAFT_SORT_LABELS, searchDrafts, sortDrafts, type DraftSort } from './visible-drafts';
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
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>('edited');
  const sorted = useMemo(() => sortDrafts(summaries, sort), [summaries, sort]);
  const matching = useMemo(() => searchDrafts(sorted, query), [sorted, query]);
  // Search runs over every summary; only the first pages are rendered.
  const [pages, setPages] = useState({ key: '', count: 1 });
  const pageKey = `${sort}\n${query}`;
  const pageCount = pages.key === pageKey ? pages.count : 1;
  const shown = matching.slice(0, pageCount * DRAFTS_PAGE);
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
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title or template" />
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
          {shown.length === 0 ? (
            <p className="drafts-library-message" role="status">
              No drafts match “{query.trim()}”.
            </p>
          ) : (
            <>
              <p className="drafts-library-count" role="status">
                {shown.length < matching.length ? `${countText}; showing the first ${shown.length}.` : `${countText}.`}
              </p>
              <ul className="draft-list" aria-label="Drafts">
                {shown.map((summary) => (
                  <li key={summary.id}>
                    <DraftItem summary={summary} href={draftHref(summary.id)} now={now} />
                  </li>
                ))}
              </ul>
              {shown.length < matching.length && (
                <button type="button" className="button button-secondary drafts-library-more" onClick={() => setPages({ key: pageKey, count: pageCount + 1 })}>
                  Show {Math.min(DRAFTS_PAGE, matching.length - shown.length)} more drafts
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
