import type { Draft } from '../../core/draft/draft-schema';
import { draftProgress, type DraftProgress as Progress } from '../../core/draft/mandatory-progress';
import { useDraftSelector } from '../../store/use-draft-selector';

/**
 * "3 of 11 mandatory sections filled in": where the draft stands, the first
 * thing a new draft says (rather than a red error beside every section; see
 * reveal-store). Numbers, not an object: a selector must return something
 * equal from one call to the next.
 */
export function DraftProgress({ draftId }: { draftId: string }) {
  const filled = useDraftSelector(draftId, (d) => progressOf(d).filled);
  const total = useDraftSelector(draftId, (d) => progressOf(d).total);
  const of = useDraftSelector(draftId, (d) => progressOf(d).of);
  if (total === undefined || total === 0) return null;
  return (
    <span className="draft-progress">
      {filled} of {total} {of} filled in
    </span>
  );
}

// Once per version of the draft, for the three selectors above.
const progress = new WeakMap<Draft, Progress>();
function progressOf(draft: Draft): Progress {
  let value = progress.get(draft);
  if (!value) {
    value = draftProgress(draft);
    progress.set(draft, value);
  }
  return value;
}
