import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { DraftSummary } from '../../store/use-draft-summaries';
import { useDraftsStore } from '../../store/use-drafts-store';
import { BidiName } from '../bidi-name/bidi-name';
import { exactTime, relativeTime } from './relative-time';
import { RenameForm } from '../rename/rename-form';
import { useRenameToggle } from '../rename/use-rename-toggle';

type DraftItemProps = {
  summary: DraftSummary;
  href: string;
  now: Date;
};

/** One draft in the library, with what a person needs to pick it out and act on it. Memoised: a key typed in the search box re-renders only the drafts that came into view. */
export const DraftItem = memo(function DraftItem({ summary, href, now }: DraftItemProps) {
  const titleId = useId();
  const { id, title, templateName, updatedAt, filled, total } = summary;
  const rename = useDraftsStore((s) => s.rename);
  const duplicate = useDraftsStore((s) => s.duplicate);
  const remove = useDraftsStore((s) => s.remove);
  const { renaming, startRenaming, stopRenaming, renameButton } = useRenameToggle();
  const edited = new Date(updatedAt);
  const percent = total === 0 ? 100 : Math.round((filled / total) * 100);

  return (
    <article className="draft-item" aria-labelledby={titleId}>
      <h3 id={titleId} className={renaming ? 'visually-hidden' : 'draft-item-title'}>
        <BidiName name={title} />
      </h3>
      {renaming && (
        <RenameForm
          title={title}
          onSave={(name) => {
            if (name.trim() !== title) rename(id, name);
            stopRenaming();
          }}
          onCancel={stopRenaming}
        />
      )}
      <p className="draft-item-meta">
        <span>
          <BidiName name={templateName} />
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          Edited{' '}
          <time dateTime={updatedAt} title={exactTime(edited)}>
            {relativeTime(edited, now)}
          </time>
        </span>
      </p>
      <div className="draft-item-completion">
        <span className="draft-item-bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} />
        </span>
        <span>{total === 0 ? 'Nothing to fill in' : `${filled} of ${total} filled`}</span>
      </div>
      <div className="draft-item-actions">
        <Link className="button button-primary" to={href} aria-label={`Open ${title}`}>
          Open
        </Link>
        <button ref={renameButton} type="button" className="button button-secondary" aria-label={`Rename ${title}`} onClick={() => startRenaming()} disabled={renaming}>
          Rename
        </button>
        <button type="button" className="button button-secondary" aria-label={`Duplicate ${title}`} onClick={() => void duplicate(id)}>
          Duplicate
        </button>
        <button type="button" className="button button-secondary button-danger" aria-label={`Delete ${title}`} onClick={() => remove(id)}>
          Delete
        </button>
      </div>
    </article>
  );
});
