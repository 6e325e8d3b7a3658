import { useParams } from 'react-router';
import { draftDisplayTitle } from '../core/draft/draft-title';
import { useDraftsStore } from '../store/use-drafts-store';
import { PageMessage } from '../ui/page-message/page-message';
import { paths } from './paths';

/**
 * A stand-in for the draft editor at /drafts/:id, until the editor replaces
 * it: it waits for the drafts to load and names the draft, so starting a
 * draft lands somewhere real.
 */
export function EditorRoute() {
  const { id = '' } = useParams();
  const loading = useDraftsStore((s) => s.status === 'loading');
  const title = useDraftsStore((s) => {
    const draft = s.drafts[id];
    return draft ? draftDisplayTitle(draft) : null;
  });

  if (loading) {
    return (
      <p role="status">
        Loading your drafts…
      </p>
    );
  }
  if (title === null) {
    return (
      <>
        <title>Draft not found · Specwright</title>
        <PageMessage
          title="Draft not found"
          message="There is no draft at this address in this browser. It may have been deleted, or made in another browser."
          homeHref={paths.home}
          homeLabel="See all drafts"
        />
      </>
    );
  }
  return (
    <>
      <title>{`${title} · Specwright`}</title>
      <PageMessage
        title={title}
        message="Your draft is saved in this browser. The section-by-section editor opens here soon."
        homeHref={paths.home}
        homeLabel="All drafts"
      />
    </>
  );
}
