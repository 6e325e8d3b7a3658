import { summarizeFindings } from '../../core/validate/summarize-findings';
import { useDraftSelector } from '../../store/use-draft-selector';
import { useReview } from './review-store';

/**
 * The Checks button: the problem count, which opens the Checks panel. The
 * count catches up when typing pauses; until then the button is marked busy
 * (aria-busy), so nobody, person or test, reads a count that is behind.
 */
export function ChecksToggle({ draftId, open, onToggle }: { draftId: string; open: boolean; onToggle: () => void }) {
  // Numbers, not an object: a selector must return something equal from one call to the next.
  const errors = useReview(draftId, (s) => summarizeFindings(s.findings).errors, -1);
  const warnings = useReview(draftId, (s) => summarizeFindings(s.findings).warnings, -1);
  const reviewed = useReview(draftId, (s) => s.draft, null);
  const current = useDraftSelector(draftId, (d) => d);
  return (
    <button type="button" className="button button-secondary checks-toggle" aria-expanded={open} aria-controls="draft-checks" aria-keyshortcuts="Alt+Shift+C" aria-busy={reviewed !== current} onClick={onToggle}>
      {errors < 0 ? 'Checks' : errors + warnings === 0 ? 'No problems' : `${plural(errors, 'error')} · ${plural(warnings, 'warning')}`}
    </button>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
