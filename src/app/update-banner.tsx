import { useStore } from 'zustand';
import { appUpdate } from './register-service-worker';

/** "A new version is ready": shown once a newer build has installed in the background. */
export function UpdateBanner() {
  const { ready, apply } = useStore(appUpdate);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status">
      <span>A new version of Specwright is ready. Your drafts are saved; reloading takes a moment.</span>
      <button type="button" className="button button-primary" onClick={apply}>
        Reload
      </button>
    </div>
  );
}
