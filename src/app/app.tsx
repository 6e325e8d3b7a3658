import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { draftsStore } from '../store/drafts-store';
import { flushOnPageHide } from '../store/flush-on-page-hide';
import { templatesStore } from '../store/templates-store';
import { router } from './router';

export function App() {
  // Read the stored drafts once (load() is idempotent, so StrictMode's second run is harmless), and write
  // pending changes when the tab goes away.
  useEffect(() => {
    void draftsStore.getState().load();
    void templatesStore.getState().load();
    return flushOnPageHide(draftsStore);
  }, []);
  return <RouterProvider router={router} />;
}
