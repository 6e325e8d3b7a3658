import { useDeferredValue } from 'react';
import type { DraftSummary } from '../../store/use-draft-summaries';
import { DraftItem } from './draft-item';

/** How many drafts fill a tall screen: rendered first, before the rest of the page. */
const FIRST_SCREENFUL = 12;

type DraftListProps = {
  /** The drafts to list, in order; the first `limit` are rendered. */
  drafts: readonly DraftSummary[];
  limit: number;
  draftHref: (id: string) => string;
  now: Date;
};

/**
 * The first `limit` drafts. When the list first appears it renders a
 * screenful, and the rest of the page follows at once in a render that
 * input interrupts, so a big library shows its first drafts sooner.
 */
export function DraftList({ drafts, limit, draftHref, now }: DraftListProps) {
  const rendered = useDeferredValue(limit, Math.min(limit, FIRST_SCREENFUL));
  return (
    <ul className="draft-list" aria-label="Drafts">
      {drafts.slice(0, Math.min(limit, rendered)).map((summary) => (
        <li key={summary.id}>
          <DraftItem summary={summary} href={draftHref(summary.id)} now={now} />
        </li>
      ))}
    </ul>
  );
}
