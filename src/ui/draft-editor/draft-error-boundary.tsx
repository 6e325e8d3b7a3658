import { Component, type ReactNode } from 'react';
import { useDraft } from '../../store/use-drafts-store';
import { PageMessage } from '../page-message/page-message';
import { downloadJson } from '../storage-banners/download-json';

type Props = { draftId: string; libraryHref: string; children: ReactNode };
type State = { error: Error | null };

/**
 * A draft that throws while it renders says so and offers its data to
 * download, instead of the app's error page: whatever went wrong, the words
 * in it can still be taken away.
 */
export class DraftErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <DraftCrash draftId={this.props.draftId} libraryHref={this.props.libraryHref} error={error} />;
  }
}

function DraftCrash({ draftId, libraryHref, error }: { draftId: string; libraryHref: string; error: Error }) {
  const draft = useDraft(draftId);
  return (
    <>
      <title>Draft could not be shown · Specwright</title>
      <PageMessage
        title="This draft could not be shown"
        message={`Specwright hit an error while showing it (${error.message}). The draft is still in this browser’s storage; download its data to keep a copy of everything in it.`}
        homeHref={libraryHref}
        homeLabel="See all drafts"
      >
        {draft && (
          <button type="button" className="button button-secondary" onClick={() => void downloadJson(draft, `specwright-draft-${draftId}.json`)}>
            Download its data
          </button>
        )}
      </PageMessage>
    </>
  );
}
