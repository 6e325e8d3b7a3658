import { useEffect } from 'react';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import { draftDisplayTitle } from '../../core/draft/draft-title';
import { draftsStore } from '../../store/drafts-store';
import { BlockSlot } from './block-slot';
import { DocumentFields } from './document-fields';
import { DraftOutline } from './draft-outline';
import { SectionList } from './section-list';
import { clearUndo } from './undo-stack';
import { UndoNotice } from './undo-notice';
import { useDraftSelector } from './use-draft-selector';
import './draft-editor.css';

const SAVE_TEXT = { saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;

/** The editor for one draft: the outline beside the form, one section after another. */
export function DraftEditor({ draftId, libraryHref }: { draftId: string; libraryHref: string }) {
  const template = useDraftSelector(draftId, (d) => d.template);
  const title = useDraftSelector(draftId, draftDisplayTitle);
  const footer = useDraftSelector(draftId, (d) => d.footer);
  const saveState = useStore(draftsStore, (s) => s.saveStates[draftId]);

  useEffect(() => () => clearUndo(draftId), [draftId]);

  if (!template || title === undefined) return null;
  return (
    <div className="draft-editor">
      <title>{`${title} · Specwright`}</title>
      <aside className="draft-editor-aside">
        <DraftOutline draftId={draftId} />
      </aside>
      <div className="draft-editor-main">
        <header className="draft-editor-header">
          <Link to={libraryHref} className="back-link">
            ← All drafts
          </Link>
          <h1>{title}</h1>
          <p className="draft-editor-meta">
            {template.name}
            {saveState && (
              <span className={`save-state is-${saveState}`} role="status">
                {SAVE_TEXT[saveState]}
              </span>
            )}
          </p>
        </header>
        <DocumentFields draftId={draftId} template={template} />
        <SectionList draftId={draftId} parentId={null} template={template} />
        {template.footer.map((block) => (
          <BlockSlot key={block.id} draftId={draftId} place="@footer" block={block} value={footer?.find((v) => v.blockId === block.id)} idBase={block.id.replace(/[^\w-]/g, '-')} />
        ))}
        <UndoNotice draftId={draftId} />
      </div>
    </div>
  );
}
