import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import { draftDisplayTitle } from '../../core/draft/draft-title';
import { draftsStore } from '../../store/drafts-store';
import { ChecksToggle } from '../draft-review/checks-toggle';
import { DraftProgress } from '../draft-review/draft-progress';
import { ExportActions } from '../draft-review/export-actions';
import { FindingsPanel } from '../draft-review/findings-panel';
import { MarkdownPreview } from '../draft-review/markdown-preview';
import { ReviewRunner } from '../draft-review/review-runner';
import { DownloadDraftButton } from '../download/download-draft-button';
import { useReview } from '../draft-review/review-store';
import { allowRemoteImages, useRemoteImagesAllowed } from '../remote-images/remote-images-allowed';
import { RemoteImagesMode } from '../remote-images/remote-images-mode';
import { RemoteImagesNotice } from '../remote-images/remote-images-notice';
import { BlockSlot } from './block-slot';
import { DocumentFields } from './document-fields';
import { OutlineMenu } from './outline-menu';
import { SectionList } from './section-list';
import { clearUndo } from './undo-stack';
import { UndoNotice } from './undo-notice';
import { useDraftSelector } from '../../store/use-draft-selector';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useLandAtTop } from './use-land-at-top';
import { DRAFT_FORM_ID, SkipToForm } from './skip-to-form';
import './draft-editor.css';

const SAVE_TEXT = { saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;
type View = 'edit' | 'preview';

/** The editor for one draft: the outline beside the form (or the preview), with checks and export above. */
export function DraftEditor({ draftId, libraryHref, headerExtra, notice }: { draftId: string; libraryHref: string; headerExtra?: React.ReactNode; notice?: React.ReactNode }) {
  const template = useDraftSelector(draftId, (d) => d.template);
  const title = useDraftSelector(draftId, draftDisplayTitle);
  const footer = useDraftSelector(draftId, (d) => d.footer);
  const saveState = useStore(draftsStore, (s) => s.saveStates[draftId]);
  const [view, setView] = useState<View>('edit');
  const [checksOpen, setChecksOpen] = useState(false);
  const remoteImages = useReview(draftId, (s) => s.remoteImages, 0);
  const remoteImagesAllowed = useRemoteImagesAllowed(draftId);

  useEffect(() => () => clearUndo(draftId), [draftId]);
  useEditorShortcuts();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useLandAtTop(draftId, titleRef, !!template && title !== undefined);

  if (!template || title === undefined) return null;
  return (
    <div className="draft-editor">
      <title>{`${title} · Specwright`}</title>
      <ReviewRunner draftId={draftId} />
      <SkipToForm />
      <aside className="draft-editor-aside">
        <OutlineMenu draftId={draftId} />
      </aside>
      <div className="draft-editor-main">
        <header className="draft-editor-header">
          <Link to={libraryHref} className="back-link">
            ← All drafts
          </Link>
          <h1 ref={titleRef} tabIndex={-1}>
            {title}
          </h1>
          <p className="draft-editor-meta">
            {template.name}
            <DraftProgress draftId={draftId} />
            {saveState && (
              <span className={`save-state is-${saveState}`} role="status">
                {SAVE_TEXT[saveState]}
              </span>
            )}
            {saveState === 'error' && <DownloadDraftButton draftId={draftId} label="Download a copy" />}
          </p>
          <div className="draft-editor-toolbar">
            <div className="view-switch" role="group" aria-label="View">
              <button type="button" aria-pressed={view === 'edit'} onClick={() => setView('edit')}>
                Edit
              </button>
              <button type="button" aria-pressed={view === 'preview'} onClick={() => setView('preview')}>
                Preview
              </button>
            </div>
            <ChecksToggle draftId={draftId} open={checksOpen} onToggle={() => setChecksOpen(!checksOpen)} />
            <ExportActions draftId={draftId} />
            {headerExtra}
          </div>
        </header>
        {notice}
        {!remoteImagesAllowed && <RemoteImagesNotice count={remoteImages} onAllow={() => allowRemoteImages(draftId)} />}
        <div id="draft-checks" hidden={!checksOpen}>
          {checksOpen && <FindingsPanel draftId={draftId} onJump={() => setView('edit')} />}
        </div>
        <RemoteImagesMode value={remoteImagesAllowed ? 'allow' : 'block'}>
          {view === 'preview' && <MarkdownPreview draftId={draftId} />}
          {/* Kept mounted while previewing, so going back is instant and nothing is lost. */}
          <div className="draft-editor-form" id={DRAFT_FORM_ID} tabIndex={-1} hidden={view !== 'edit'}>
            <DocumentFields draftId={draftId} template={template} />
            <SectionList draftId={draftId} parentId={null} template={template} />
            {template.footer.map((block) => (
              <BlockSlot key={block.id} draftId={draftId} place="@footer" block={block} value={footer?.find((v) => v.blockId === block.id)} idBase={block.id.replace(/[^\w-]/g, '-')} />
            ))}
          </div>
        </RemoteImagesMode>
        <UndoNotice draftId={draftId} />
      </div>
    </div>
  );
}
