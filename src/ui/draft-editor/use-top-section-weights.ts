import type { DraftSection } from '../../core/draft/draft-schema';
import { useChildSections } from '../../store/use-draft-selector';

const NONE: number[] = [];

/** Each top section's weight for progressive rendering (itself and its whole subtree); none when `enabled` is false. */
export function useTopSectionWeights(draftId: string, enabled: boolean): readonly number[] {
  return useChildSections(draftId, null, (list) => (enabled ? list.map(subtreeSize) : NONE));
}

function subtreeSize(section: DraftSection): number {
  return section.children.reduce((sum, child) => sum + subtreeSize(child), 1);
}
