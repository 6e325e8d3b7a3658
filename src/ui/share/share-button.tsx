import { useRef, useState } from 'react';
import { historyStore } from '../../store/history/history-instance';
import type { BuiltInTemplateLookup } from '../../core/share/share-envelope';
import { encodeShareLink } from '../../core/share/encode-share-link';
import { MAX_LINK_CHARS, SHARE_PREFIX } from '../../core/share/share-format';
import { exportFileName } from '../../core/markdown/export-file-name';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { readDraft } from '../../store/use-draft-selector';
import { downloadTextFile } from '../download/download-text-file';
import { applyPendingSource } from '../source-mode/pending-source';
import './share.css';

/** Lengths where common tools start cutting links. */
const EMAIL_LIMIT = 2000;
const CHAT_LIMIT = 4000;

type Props = {
  draftId: string;
  builtInTemplate: BuiltInTemplateLookup;
  /** The full URL that opens a fragment in the app. */
  linkFor: (fragment: string) => string;
};

/** "Share": a link that carries the whole draft in its fragment, which browsers never send to a server. */
export function ShareButton({ draftId, builtInTemplate, linkFor }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState<{ url: string; tooLong: boolean } | null>(null);
  const [status, setStatus] = useState('');

  const open = () => {
    applyPendingSource(draftId);
    const draft = readDraft(draftId);
    if (!draft) return;
    const fragment = encodeShareLink(draft, { builtInTemplate });
    setLink({ url: linkFor(fragment), tooLong: fragment.length > SHARE_PREFIX.length + MAX_LINK_CHARS });
    void historyStore.record(draftId, 'share');
    setStatus('');
    dialog.current?.showModal();
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setStatus('Link copied.');
    } catch {
      setStatus('The browser did not allow copying: select the link and copy it.');
    }
  };

  const downloadMarkdown = () => {
    const draft = readDraft(draftId);
    if (!draft) return;
    downloadTextFile(exportMarkdown(draft), exportFileName(draft));
    setStatus(`Downloaded ${exportFileName(draft)}.`);
  };

  const length = link?.url.length ?? 0;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={open}>
        Share
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">Share this draft</h2>
        {link?.tooLong ? (
          <p className="share-warning" role="alert">
            This draft is too big to fit in a link. Send the Markdown file instead.
          </p>
        ) : (
          link && (
            <>
              <p>Anyone with this link can open a copy of the draft in their browser. The draft travels inside the link: no server stores it.</p>
              <label className="share-link">
                <span>Link ({length.toLocaleString('en')} characters)</span>
                <input readOnly value={link.url} onFocus={(e) => e.target.select()} />
              </label>
              {length > CHAT_LIMIT ? (
                <p className="share-warning">Long link: many chat apps cut links after about 4,000 characters, and email clients after about 2,000. If it arrives cut, send the Markdown file.</p>
              ) : length > EMAIL_LIMIT ? (
                <p className="share-warning">Some email clients cut links longer than about 2,000 characters. Chat apps are fine; for email, the Markdown file is safer.</p>
              ) : null}
            </>
          )
        )}
        <p className="share-status" role="status">
          {status}
        </p>
        <div className="share-actions">
          {link && !link.tooLong && (
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              Copy link
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={downloadMarkdown}>
            Download Markdown instead
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
