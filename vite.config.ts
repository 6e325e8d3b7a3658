import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, securityHeaders } from './build/content-security-policy';
import { serviceWorker } from './build/service-worker-plugin';

export default defineConfig({
  plugins: [react(), serviceWorker(), contentSecurityPolicy()],
  server: { port: 5173, headers: securityHeaders('dev') },
  preview: { port: 4173, strictPort: true, headers: securityHeaders('build') },
  build: {
    rolldownOptions: {
      output: {
        // zod and the module that turns its code generation off (src/app/zod-jitless.ts) in one chunk, run
        // before any chunk that makes a schema: a schema made before the switch compiles with `new Function`,
        // which the Content Security Policy refuses. Without this, how the app is split decides the order.
        codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zod-jitless/ }] },
      },
    },
  },
  worker: {
    // The review worker (src/app/review-worker.ts) has no DOM: micromark's entity decoder takes its
    // "browser" build there (a <i> element's innerHTML) unless pointed at the plain one, as a worker should get.
    plugins: () => [
      {
        name: 'specwright-worker-entities',
        enforce: 'pre',
        resolveId: (source) => (source === 'decode-named-character-reference' ? fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) : null),
      },
    ],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and the ESLint-driven layer test run long on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
