import './remote-images.css';

/**
 * "This draft has 3 remote images…" with the button that loads them. Shown
 * while a draft has images from other servers that are not loaded yet:
 * loading one tells its server that someone opened the draft, and when.
 */
export function RemoteImagesNotice({ count, onAllow }: { count: number; onAllow: () => void }) {
  if (count === 0) return null;
  const images = count === 1 ? '1 remote image' : `${count} remote images`;
  return (
    <div className="remote-images-notice" role="region" aria-label="Remote images">
      <p>
        This draft has {images} from other servers, not loaded: loading {count === 1 ? 'it tells its server' : 'them tells their servers'} that you opened it.
      </p>
      <button type="button" className="button button-secondary" onClick={onAllow}>
        Load {images}
      </button>
    </div>
  );
}
