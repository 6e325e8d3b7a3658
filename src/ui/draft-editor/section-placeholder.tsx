import type { DraftSection } from '../../core/draft/draft-schema';
import { lookupDraftSection } from '../../core/draft/section-index';
import { valueTexts } from '../../core/blocks/value-texts';
import { draftsStore } from '../../store/drafts-store';

/**
 * A top section not rendered yet (see progressive-sections): its words only,
 * so that find in page finds them from the first paint; a find that lands
 * here renders the form (use-reveal-on-find.ts). Read once, not subscribed:
 * it lives until its chunk renders, a moment after the first paint.
 */
export function SectionPlaceholder({ draftId, sectionId }: { draftId: string; sectionId: string }) {
  const draft = draftsStore.getState().drafts[draftId];
  const section = draft && lookupDraftSection(draft.sections, sectionId);
  if (!section) return null;
  return (
    <div className="section-placeholder" data-placeholder-for={sectionId} aria-hidden="true">
      {sectionTexts(section).map((text, k) => (
        <p key={k}>{text}</p>
      ))}
    </div>
  );
}

function sectionTexts(section: DraftSection): string[] {
  if (!section.enabled || section.absent) return [section.title];
  return [section.title, ...section.blocks.flatMap(valueTexts).filter((t) => t.trim() !== ''), ...section.children.flatMap(sectionTexts)];
}
