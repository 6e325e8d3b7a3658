import { bringIntoView } from '../scroll/bring-into-view';
import { memo } from 'react';
import { sectionState, type SectionState } from '../../core/draft/draft-completion';
import type { Draft, DraftSection } from '../../core/draft/draft-schema';
import { templateLookup } from '../../core/draft/template-lookup';
import { useSectionHasErrors } from '../draft-review/review-store';
import { useFindingsShown } from '../draft-review/reveal-store';
import { InlineTitle } from './inline-title';
import { sectionHeadingId } from './section-heading-id';
import { useTopSectionWeights } from './use-top-section-weights';
import { sectionHeading, useProgressiveCount, type ProgressiveSizes } from './progressive-sections';
import { useChildSections, useDraftSection } from '../../store/use-draft-selector';
import { PeerBadges } from '../team/peer-badges';
import { usePeersIn } from '../team/use-team';
import { useSectionCommentCount } from '../comments/section-comment-button';

// A section's state is worked out once per version of that section.
const stateCache = new WeakMap<DraftSection, SectionState>();
function cachedState(draft: Draft, section: DraftSection): SectionState {
  let state = stateCache.get(section);
  if (!state) {
    state = sectionState(draft, section);
    stateCache.set(section, state);
  }
  return state;
}

const STATE_TEXT: Record<SectionState, string> = { empty: 'empty', started: 'started', complete: 'complete' };

/** The section outline beside the form: completion per section, mandatory ones marked; a link jumps and moves focus. */
export const DraftOutline = memo(function DraftOutline({ draftId }: { draftId: string }) {
  return (
    <nav className="draft-outline" aria-label="Sections">
      <OutlineList draftId={draftId} parentId={null} />
    </nav>
  );
});

// A screenful of the outline (its items are one line each) with the first paint, the rest after, as the form's sections.
const OUTLINE_SIZES: ProgressiveSizes = { first: 30, chunk: 40 };

function OutlineList({ draftId, parentId }: { draftId: string; parentId: string | null }) {
  const ids = useChildSections(draftId, parentId, (list) => list.map((s) => s.id));
  const weights = useTopSectionWeights(draftId, parentId === null);
  const shown = useProgressiveCount(weights, parentId === null, OUTLINE_SIZES);
  if (ids.length === 0) return null;
  return (
    <ol>
      {ids.slice(0, shown).map((id) => (
        <OutlineItem key={id} draftId={draftId} sectionId={id} />
      ))}
    </ol>
  );
}

const OutlineItem = memo(function OutlineItem({ draftId, sectionId }: { draftId: string; sectionId: string }) {
  const item = useDraftSection(draftId, sectionId, (section, draft) => {
    const templateSection = section.templateSectionId ? templateLookup(draft.template).sections.get(section.templateSectionId) : undefined;
    return {
      title: section.title,
      enabled: section.enabled,
      absent: section.absent === true,
      state: cachedState(draft, section),
      mandatory: templateSection?.requirement === 'mandatory' && !templateSection.condition,
      hasChildren: section.children.length > 0,
    };
  });
  // Marked once its findings show beside it (a quiet start, see reveal-store).
  const errors = useSectionHasErrors(draftId, sectionId);
  const shown = useFindingsShown(draftId, sectionId);
  const hasErrors = errors && shown;
  const peers = usePeersIn(draftId, sectionId);
  const comments = useSectionCommentCount(draftId, sectionId);
  if (!item) return null;
  const jump = (event: React.MouseEvent) => {
    event.preventDefault();
    const heading = sectionHeading(sectionId);
    if (!heading) return;
    heading.focus({ preventScroll: true });
    bringIntoView(heading, 'start');
  };
  return (
    <li className={`outline-item is-${item.state}${item.enabled ? '' : ' is-off'}${item.absent ? ' is-absent' : ''}${hasErrors ? ' has-problems' : ''}`}>
      <a href={`#${sectionHeadingId(sectionId)}`} onClick={jump}>
        <span className="outline-dot" aria-hidden="true" />
        {/* The state is read with the title, inside one span: flex items would get a space before the comma. */}
        <span className="outline-title">
          <InlineTitle text={item.title} />
          <span className="visually-hidden">
            {`, ${STATE_TEXT[item.state]}`}
            {hasErrors ? ', has problems' : ''}
            {item.mandatory ? ', mandatory' : ''}
            {item.enabled ? '' : ', switched off'}
            {item.absent ? ', not in this document' : ''}
            {comments > 0 ? `, ${comments} open ${comments === 1 ? 'comment' : 'comments'}` : ''}
          </span>
        </span>
        {comments > 0 && (
          <span className="outline-comments" aria-hidden="true" data-comments={comments}>
            💬{comments}
          </span>
        )}
        {item.mandatory && (
          <span className="outline-mandatory" aria-hidden="true">
            *
          </span>
        )}
      </a>
      <PeerBadges peers={peers} label="Here now" />
      {item.hasChildren && <OutlineList draftId={draftId} parentId={sectionId} />}
    </li>
  );
});
