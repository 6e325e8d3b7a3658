import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { draftDisplayTitle } from '../../core/draft/draft-title';
import { dismissNotice, isNoticeDismissed } from '../../store/dismissed-notices';
import { useDraftsStore } from '../../store/use-drafts-store';
import { DownloadDraftButton } from '../download/download-draft-button';
import { DraftNotices } from './draft-notices';
import { UnreadableDrafts } from './unreadable-drafts';
import './storage-banners.css';

type StorageBannersProps = {
  draftHref: (id: string) => string;
};

/** What a person must know about where their drafts are kept, on every page. */
export function StorageBanners({ draftHref }: StorageBannersProps) {
  return (
    <div className="storage-banners">
      <MemoryOnlyBanner />
      <WriteErrorBanner />
      <UnreadableDrafts />
      <DraftNotices draftHref={draftHref} />
      <PersistenceBanner />
    </div>
  );
}

function MemoryOnlyBanner() {
  const memoryOnly = useDraftsStore((s) => s.status === 'memory-only');
  const reason = useDraftsStore((s) => s.storageError);
  if (!memoryOnly) return null;
  return (
    <div className="banner banner-danger" role="alert">
      <p>
        <strong>Drafts can’t be saved in this browser.</strong> {reason} You can keep working: your drafts stay in this tab
        until you close it, and Specwright tries storage again with each change.
      </p>
      <UnsavedDownloads />
    </div>
  );
}

function WriteErrorBanner() {
  const error = useDraftsStore((s) => s.writeError);
  if (!error) return null;
  return (
    <div className="banner banner-danger" role="alert">
      <p>
        <strong>Some changes are not saved.</strong> {error} They are kept in this tab, and Specwright tries again with your
        next change. Download a copy to be safe.
      </p>
      <UnsavedDownloads />
    </div>
  );
}

/** One download per draft whose last write failed: nothing typed depends on storage coming back. */
function UnsavedDownloads() {
  const ids = useDraftsStore(useShallow((s) => Object.keys(s.saveStates).filter((id) => s.saveStates[id] === 'error')));
  if (ids.length === 0) return null;
  return (
    <ul className="banner-downloads" aria-label="Unsaved drafts">
      {ids.map((id) => (
        <li key={id}>
          <UnsavedDownload draftId={id} />
        </li>
      ))}
    </ul>
  );
}

function UnsavedDownload({ draftId }: { draftId: string }) {
  const title = useDraftsStore((s) => {
    const draft = s.drafts[draftId];
    return draft ? draftDisplayTitle(draft) : null;
  });
  return title === null ? null : <DownloadDraftButton draftId={draftId} label={`Download “${title}”`} />;
}

function PersistenceBanner() {
  const notGranted = useDraftsStore((s) => s.persistence === 'not-granted');
  const hasDrafts = useDraftsStore((s) => hasAny(s.drafts) || hasAny(s.summaries));
  // Dismissed once is dismissed in this browser: the warning does not come back on every load.
  const [dismissed, setDismissed] = useState(() => isNoticeDismissed('storage-persistence'));
  if (!notGranted || !hasDrafts || dismissed) return null;
  return (
    <div className="banner banner-quiet banner-compact" role="status">
      <p>
        Your browser may clear drafts under storage pressure.
        <span className="banner-more"> It has not promised to keep this site’s data: keep a copy of work that matters elsewhere too.</span>
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          dismissNotice('storage-persistence');
          setDismissed(true);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}

function hasAny(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
