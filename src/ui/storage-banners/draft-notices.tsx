import { Link } from 'react-router';
import { useDraftsStore } from '../../store/use-drafts-store';

/** What happened when another tab deleted a draft this tab was editing; nothing was dropped, and this says where it went. */
export function DraftNotices({ draftHref }: { draftHref: (id: string) => string }) {
  const notices = useDraftsStore((s) => s.notices);
  const dismiss = useDraftsStore((s) => s.dismissNotice);
  return notices.map((notice) => (
    <div key={notice.id} className="banner banner-warning" role="alert">
      <p>
        <strong>“{notice.title}” was deleted in another tab</strong> while you were editing it here, so your version was
        saved again. <Link to={draftHref(notice.draftId)}>Open it</Link>
      </p>
      <button type="button" className="button button-secondary" onClick={() => dismiss(notice.id)}>
        Dismiss
      </button>
    </div>
  ));
}
