import { startComment } from './comments-ui';
import { useComments } from './use-comments';

/** At a section's heading: how many open comments it has, and a button to comment on it. */
export function SectionCommentButton({ draftId, sectionId, title }: { draftId: string; sectionId: string; title: string }) {
  const count = useSectionCommentCount(draftId, sectionId);
  return (
    <button type="button" className="button button-quiet section-comment" aria-label={`Comment on ${title}${count > 0 ? ` (${count} open)` : ''}`} onClick={() => startComment({ kind: 'section', sectionId })}>
      Comment{count > 0 ? ` (${count})` : ''}
    </button>
  );
}

/** Open comments on a section or on words of its prose. */
export function useSectionCommentCount(draftId: string, sectionId: string): number {
  const threads = useComments(draftId);
  return threads.filter((t) => t.status === 'open' && (t.anchor.kind === 'section' ? t.anchor.sectionId : t.anchor.place) === sectionId).length;
}
