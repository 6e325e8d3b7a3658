import { useParams } from 'react-router';
import { draftDisplayTitle } from '../core/draft/draft-title';
import { useDraftsStore } from '../store/use-drafts-store';
import { DraftEditor } from '../ui/draft-editor/draft-editor';
import { ShareButton } from '../ui/share/share-button';
import { builtInTemplate } from './built-in-templates';
import { PageMessage } from '../ui/page-message/page-message';
import { paths } from './paths';

/** /drafts/:id: waits for the stored drafts to load, then opens the editor, or says the draft is not here. */
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
    <DraftEditor
      draftId={id}
      libraryHref={paths.home}
      headerExtra={<ShareButton draftId={id} builtInTemplate={builtInTemplate} linkFor={paths.sharedLink} />}
    />
  );
}
