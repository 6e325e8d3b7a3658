import { exportFileName } from '../../core/markdown/export-file-name';
import { draftsStore } from '../../store/drafts-store';
import { downloadTextFile } from './download-text-file';

/**
 * A way out when a draft cannot be stored: its Markdown, as it is in this tab
 * now, downloaded with one click (the export reads back in through Import).
 * The exporter (with its Markdown parser, for imported drafts) loads on the
 * click, not with the first screen; the service worker has it, so offline too.
 */
export function DownloadDraftButton({ draftId, label }: { draftId: string; label: string }) {
  const download = async () => {
    const draft = draftsStore.getState().drafts[draftId];
    if (!draft) return;
    const { exportMarkdown } = await import('../../core/markdown/export-markdown');
    downloadTextFile(exportMarkdown(draft), exportFileName(draft));
  };
  return (
    <button type="button" className="button button-secondary" onClick={() => void download()}>
      {label}
    </button>
  );
}
