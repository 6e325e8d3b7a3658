import { useId, useMemo, useRef, useState } from 'react';
import { useDraftSummaries } from '../../store/use-draft-summaries';
import { useDraftsStore } from '../../store/use-drafts-store';
import { DeletedDraftToast } from './deleted-draft-toast';
import { DraftItem } from './draft-item';
import { useNow } from './use-now';
import { DRAFT_SORT_LABELS, visibleDrafts, type DraftSort } from './visible-drafts';
import './drafts-library.css';

type DraftsLibraryProps = {
  /** Where a draft lives; the app owns its URLs. */
  draftHref: (id: string) => string;
};

/** Every draft stored in this browser: find one, open it, rename, duplicate or delete it. */
export function DraftsLibrary({ draftHref }: DraftsLibraryProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const status = useDraftsStore((s) => s.status);
  const summaries = useDraftSummaries();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<DraftSort>('edited');
  const shown = useMemo(() => visibleDrafts(summaries, { query, sort }), [summaries, query, sort]);
  const now = useNow();

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
            <ul className="draft-list" aria-label="Drafts">
              {shown.map((summary) => (
                <li key={summary.id}>
                  <DraftItem summary={summary} href={draftHref(summary.id)} now={now} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <DeletedDraftToast onUndone={() => headingRef.current?.focus()} />
    </section>
  );
}
