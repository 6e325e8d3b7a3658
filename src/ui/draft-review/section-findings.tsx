import { findingsBySection } from '../../core/validate/findings-by-section';
import type { Finding } from '../../core/validate/finding';
import { useReview } from './review-store';
import { useFindingsShown } from './reveal-store';

/**
 * The findings of one section, shown beside it once the writer has been
 * there (reveal-store: a quiet start). Selected as one string so the
 * section re-renders only when its own findings change.
 */
export function SectionFindings({ draftId, sectionId }: { draftId: string; sectionId: string }) {
  const packed = useReview(draftId, (s) => packedBySection(s.findings).get(sectionId) ?? '', '');
  const shown = useFindingsShown(draftId, sectionId);
  if (!packed || !shown) return null;
  return (
    <ul className="section-findings" aria-label="Checks for this section">
      {packed.split('\u0002').map((entry, k) => {
        const [severity = 'warning', message = ''] = entry.split('\u0001');
        return (
          <li key={k} className={`is-${severity}`}>
            {severity === 'error' ? 'Error' : 'Warning'}: {message}
          </li>
        );
      })}
    </ul>
  );
}

// Grouped once per review: every section's selector runs when a review is published, and filtering all findings in each was quadratic.
const packedCache = new WeakMap<readonly Finding[], ReadonlyMap<string | null, string>>();
function packedBySection(findings: readonly Finding[]): ReadonlyMap<string | null, string> {
  let packed = packedCache.get(findings);
  if (!packed) {
    packed = new Map([...findingsBySection(findings)].map(([sectionId, group]) => [sectionId, group.map((f) => `${f.severity}\u0001${f.message}`).join('\u0002')]));
    packedCache.set(findings, packed);
  }
  return packed;
}
