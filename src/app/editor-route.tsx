import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { draftDisplayTitle } from '../core/draft/draft-title';
import { ownValue } from '../core/payload/own-value';
import { draftsStore } from '../store/drafts-store';
import { useDraftsStore } from '../store/use-drafts-store';
import { SaveStructureButton } from '../ui/add-template/save-structure-button';
import { DraftEditor } from '../ui/draft-editor/draft-editor';
import { DraftErrorBoundary } from '../ui/draft-editor/draft-error-boundary';
import { ShareButton } from '../ui/share/share-button';
import { TeamBar } from '../ui/team/team-bar';
import { TeamButton } from '../ui/team/team-button';
import { HistoryButton } from '../ui/history/history-button';
import { GithubButton } from '../ui/github/github-button';
import { TemplateUpdateNotice } from '../ui/template-update/template-update-notice';
import { newTemplateState } from './add-template-route';
import { builtInTemplate } from './built-in-templates';
import { PageMessage } from '../ui/page-message/page-message';
import { paths } from './paths';
import { useCurrentTemplate } from './use-current-template';

/** /drafts/:id: reads the draft from storage, then opens the editor, or says the draft is not here. */
export function EditorRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const listing = useDraftsStore((s) => s.status === 'loading');
  // The library lists summaries only: the draft itself is read when it is opened, and again when its
  // summary comes back (its delete undone in another tab).
  const listed = useDraftsStore((s) => Object.hasOwn(s.summaries, id));
  const [opened, setOpened] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void draftsStore
      .getState()
      .openDraft(id)
      .finally(() => current && setOpened(id));
    return () => {
      current = false;
    };
  }, [id, listed]);
  const loading = listing || (opened !== id && !ownValue(draftsStore.getState().drafts, id));
  // The id comes from the address: `/drafts/constructor` is no draft, not Object.prototype's member.
  const templateId = useDraftsStore((s) => ownValue(s.drafts, id)?.templateId);
  const latest = useCurrentTemplate(templateId);
  const title = useDraftsStore((s) => {
    const draft = ownValue(s.drafts, id);
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
    <DraftErrorBoundary key={id} draftId={id} libraryHref={paths.home}>
      <DraftEditor
        draftId={id}
        libraryHref={paths.home}
        // Only built-in templates go by reference: a custom template travels inside the link.
        share={<ShareButton draftId={id} builtInTemplate={builtInTemplate} linkFor={paths.sharedLink} />}
        headerExtra={
          <>
            <TeamButton draftId={id} inviteLink={paths.joinLink} />
            <HistoryButton draftId={id} onOpenDraft={(other) => void navigate(paths.draft(other))} />
            <GithubButton draftId={id} />
            <SaveStructureButton draftId={id} onOpen={(source) => void navigate(paths.newTemplate, { state: newTemplateState(source, `The structure of “${title}”, as a template. Check it, name it and save it.`) })} />
          </>
        }
        notice={
          <>
            <TeamBar draftId={id} />
            <TemplateUpdateNotice draftId={id} latest={latest} />
          </>
        }
      />
    </DraftErrorBoundary>
  );
}
