import { createStore } from 'zustand/vanilla';

/** Whether a new version of the app has been installed and waits for a reload. */
export const appUpdate = createStore<{ ready: boolean; apply: () => void }>()(() => ({ ready: false, apply: () => {} }));

/**
 * Registers the service worker of a production build (public path /sw.js,
 * written by build/service-worker-plugin.ts), so the app works offline after
 * the first visit. When a newer build has installed, `appUpdate` says so and
 * `apply` switches to it and reloads.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker
    // Scope: the app's base path and nothing above it. The worker only answers same-origin GETs.
    .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
    .then((registration) => {
      const offer = (worker: ServiceWorker) => {
        appUpdate.setState({
          ready: true,
          apply: () => {
            navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
            worker.postMessage('skip-waiting');
          },
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // An update, not the first install: a page is already controlled by the old version.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    })
    .catch(() => {
      // No offline support in this browser or context; the app works online as before.
    });
}
