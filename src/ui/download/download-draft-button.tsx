import { exportFileName } from '../../core/markdown/export-file-name';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { draftsStore } from '../../store/drafts-store';
import { downloadTextFile } from './download-text-file';

/**
 * A way out when a draft cannot be stored: its Markdown, as it is in this tab
 * now, downloaded with one click (the export reads back in through Import).
 */
export function DownloadDraftButton({ draftId, label }: { draftId: string; label: string }) {
  const download = () => {
    const draft = draftsStore.getState().drafts[draftId];
    if (draft) downloadTextFile(exportMarkdown(draft), exportFileName(draft));
  };
  return (
    <button type="button" className="button button-secondary" onClick={download}>
      {label}
    </button>
  );
}
