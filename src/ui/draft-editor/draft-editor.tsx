import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import { draftDisplayTitle } from '../../core/draft/draft-title';
import { draftsStore } from '../../store/drafts-store';
import { DraftProgress } from '../draft-review/draft-progress';
import { ActionBar } from '../action-bar/action-bar';
import { useViewShortcuts } from '../action-bar/use-view-shortcuts';
import { useWideScreen } from '../action-bar/use-wide-screen';
import type { ViewMode } from '../action-bar/view-mode';
import { SourceMode, type SourceHandle } from '../source-mode/source-mode';
import { SplitPreview } from '../split-view/split-preview';
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
import { CommentsToggle } from '../comments/comments-toggle';
import { useCommentsUi } from '../comments/comments-ui';
import './draft-editor.css';

// Loaded when first opened: the first screen does without it.
const CommentsPanel = lazy(() => import('../comments/comments-panel').then((m) => ({ default: m.CommentsPanel })));

const SAVE_TEXT = { saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;
const WIDE_VIEWS: readonly ViewMode[] = ['edit', 'preview', 'split', 'source'];
const NARROW_VIEWS: readonly ViewMode[] = ['edit', 'preview', 'source'];

type Props = { draftId: string; libraryHref: string; headerExtra?: React.ReactNode; share?: React.ReactNode; notice?: React.ReactNode };

/** The editor for one draft: the outline beside the form (or the preview, both, or the Markdown source), with the actions docked above. */
export function DraftEditor({ draftId, libraryHref, headerExtra, share, notice }: Props) {
  const template = useDraftSelector(draftId, (d) => d.template);
  const title = useDraftSelector(draftId, draftDisplayTitle);
  const footer = useDraftSelector(draftId, (d) => d.footer);
  const saveState = useStore(draftsStore, (s) => s.saveStates[draftId]);
  const wide = useWideScreen();
  const [chosen, setChosen] = useState<ViewMode>('edit');
  // Split needs the width; on a narrow screen it is the form, and Preview a tap away.
  const view: ViewMode = chosen === 'split' && !wide ? 'edit' : chosen;
  const [checksOpen, setChecksOpen] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  const source = useRef<SourceHandle>(null);
  // Leaving the source mode reads the text into the draft; text that cannot be read keeps the user there, with the reason.
  const setView = (next: ViewMode) => {
    if (view === 'source' && next !== 'source' && source.current && !source.current.commit()) return;
    setChosen(next === 'split' && !wide ? 'edit' : next);
  };
  const remoteImages = useReview(draftId, (s) => s.remoteImages, 0);
  const remoteImagesAllowed = useRemoteImagesAllowed(draftId);
  const commentsOpen = useCommentsUi((ui) => ui.open);

  useEffect(() => () => clearUndo(draftId), [draftId]);
  useEditorShortcuts();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useLandAtTop(draftId, titleRef, !!template && title !== undefined);
  useViewShortcuts(view, setView, () => setChecksOpen((open) => !open));

  if (!template || title === undefined) return null;
  return (
    <div className={`draft-editor${view === 'split' ? ' is-split' : ''}`}>
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
          {headerExtra && <div className="draft-editor-toolbar">{headerExtra}</div>}
        </header>
        <ActionBar draftId={draftId} view={view} views={wide ? WIDE_VIEWS : NARROW_VIEWS} onView={setView} checksOpen={checksOpen}
          onToggleChecks={() => setChecksOpen(!checksOpen)}
          share={
            <>
              <CommentsToggle draftId={draftId} />
              {share}
            </>
          }
        >
          <div id="draft-checks" hidden={!checksOpen}>
            {checksOpen && <FindingsPanel draftId={draftId} onJump={() => setView(view === 'split' ? 'split' : 'edit')} />}
          </div>
          <div id="draft-comments" hidden={!commentsOpen}>
            {commentsOpen && (
              <Suspense fallback={<p role="status">Loading comments…</p>}>
                <CommentsPanel draftId={draftId} />
              </Suspense>
            )}
          </div>
        </ActionBar>
        {notice}
        {!remoteImagesAllowed && <RemoteImagesNotice count={remoteImages} onAllow={() => allowRemoteImages(draftId)} />}
        <RemoteImagesMode value={remoteImagesAllowed ? 'allow' : 'block'}>
          {/* One parent whatever the view, the form always its second child: switching views never remounts it. */}
          <div className={`editor-views is-${view}`}>
            {view === 'preview' ? <MarkdownPreview draftId={draftId} /> : view === 'source' ? <SourceMode draftId={draftId} handle={source} /> : null}
            {/* Kept mounted while previewing, so going back is instant and nothing is lost. */}
            <div className="draft-editor-form" id={DRAFT_FORM_ID} tabIndex={-1} ref={form} hidden={view === 'preview' || view === 'source'}>
              <DocumentFields draftId={draftId} template={template} />
              <SectionList draftId={draftId} parentId={null} template={template} />
              {template.footer.map((block) => (
                <BlockSlot key={block.id} draftId={draftId} place="@footer" block={block} value={footer?.find((v) => v.blockId === block.id)} idBase={block.id.replace(/[^\w-]/g, '-')} />
              ))}
            </div>
            {view === 'split' && <SplitPreview draftId={draftId} form={form} />}
          </div>
        </RemoteImagesMode>
        <UndoNotice draftId={draftId} />
      </div>
    </div>
  );
}
