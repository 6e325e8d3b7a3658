import { useRef, useState } from 'react';
import { exportFileName } from '../../core/markdown/export-file-name';
import { summarizeFindings } from '../../core/validate/summarize-findings';
import { readDraft } from '../../store/use-draft-selector';
import { downloadTextFile } from '../download/download-text-file';
import { currentReview, useReview } from './review-store';
import { revealAllFindings } from './reveal-store';
import { historyStore } from '../../store/history/history-instance';

type Action = 'copy' | 'download';

/**
 * Copy and Download. A spec with no errors goes in one click; with errors the
 * user confirms first, and the confirmation says the export has them.
 */
export function ExportActions({ draftId }: { draftId: string }) {
  const errors = useReview(draftId, (s) => summarizeFindings(s.findings).errors, 0);
  const [pending, setPending] = useState<Action | null>(null);
  const [status, setStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  const run = async (action: Action) => {
    const draft = readDraft(draftId);
    if (!draft) return;
    const { markdown, findings } = currentReview(draftId);
    const withErrors = summarizeFindings(findings).errors;
    void historyStore.record(draftId, action === 'copy' ? 'copy' : 'export');
    const suffix = withErrors > 0 ? `, with ${withErrors} ${withErrors === 1 ? 'error' : 'errors'}` : '';
    if (action === 'copy') {
      const copied = await copyText(markdown);
      setStatus(copied ? `Markdown copied to the clipboard${suffix}.` : 'The browser did not allow copying; use Download instead.');
    } else {
      const name = exportFileName(draft);
      downloadTextFile(markdown, name);
      setStatus(`Downloaded ${name}${suffix}.`);
    }
  };

  const start = (action: Action) => {
    // An export checks everything: what it finds shows beside each section from now on.
    revealAllFindings(draftId);
    // The count on screen may be a moment behind the last keystroke; the decision is not.
    if (summarizeFindings(currentReview(draftId).findings).errors > 0) {
      setPending(action);
      dialog.current?.showModal();
    } else {
      void run(action);
    }
  };

  return (
    <div className="export-actions">
      <button type="button" className="button button-primary" data-shortcut="download" aria-keyshortcuts="Control+Shift+E" onClick={() => start('download')}>
        Download .md
      </button>
      <button type="button" className="button button-secondary" onClick={() => start('copy')}>
        Copy Markdown
      </button>
      <p className="export-status" role="status">
        {status}
      </p>
      <dialog ref={dialog} className="export-confirm" aria-labelledby="export-confirm-title" onClose={() => setPending(null)}>
        <h2 id="export-confirm-title">Export with {errors === 1 ? '1 error' : `${errors} errors`}?</h2>
        <p>The checks found problems a reviewer will trip over (see Checks). You can export anyway and fix them later.</p>
        <form method="dialog" className="export-confirm-actions">
          <button type="submit" value="cancel" className="button button-secondary">
            Cancel
          </button>
          <button
            type="submit"
            value="confirm"
            className="button button-primary"
            onClick={() => {
              if (pending) void run(pending);
            }}
          >
            {pending === 'copy' ? 'Copy anyway' : 'Download anyway'}
          </button>
        </form>
      </dialog>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older or locked-down browsers: copy through a hidden text area.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
