import { useDraftsStore } from '../../store/use-drafts-store';
import { downloadJson } from './download-json';

/**
 * Stored records that did not load. They are left in storage as they are;
 * the raw data can be downloaded, so nothing is lost even when this version of
 * the app cannot read it.
 */
export function UnreadableDrafts() {
  const unreadable = useDraftsStore((s) => s.unreadable);
  if (unreadable.length === 0) return null;
  const count = unreadable.length;
  return (
    <div className="banner banner-danger" role="alert">
      <details className="banner-details">
        <summary>
          <strong>
            {count === 1 ? '1 stored draft could not be read.' : `${count} stored drafts could not be read.`}
          </strong>{' '}
          {count === 1 ? 'It is' : 'They are'} kept in this browser’s storage, untouched.
        </summary>
        <ul>
          {unreadable.map(({ id, reason, raw }) => (
            <li key={id}>
              <span>
                <code>{id}</code>: {reason}
              </span>
              <button type="button" className="button button-secondary" onClick={() => void downloadJson(raw, `specwright-draft-${id}.json`)}>
                Download its data
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
