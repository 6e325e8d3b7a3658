import { useState } from 'react';
import { useDraftsStore } from '../../store/use-drafts-store';
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
        next change.
      </p>
    </div>
  );
}

function PersistenceBanner() {
  const notGranted = useDraftsStore((s) => s.persistence === 'not-granted');
  const hasDrafts = useDraftsStore((s) => Object.keys(s.drafts).length > 0);
  const [dismissed, setDismissed] = useState(false);
  if (!notGranted || !hasDrafts || dismissed) return null;
  return (
    <div className="banner banner-quiet" role="status">
      <p>
        Your browser may clear drafts under storage pressure: it has not promised to keep this site’s data. Keep a copy of
        work that matters elsewhere too.
      </p>
      <button type="button" className="button button-secondary" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
