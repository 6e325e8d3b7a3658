// First: it configures zod before any schema is made.
import './app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { reviewInWorkers } from './ui/draft-review/background-review';
import './ui/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

registerServiceWorker();
// The checks and the preview are worked out in a worker, made when the first draft is reviewed.
reviewInWorkers(() => new Worker(new URL('./app/review-worker.ts', import.meta.url), { type: 'module' }));

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
