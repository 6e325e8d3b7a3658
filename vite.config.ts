import { defineConfig } from 'vitest/config';
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
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and the ESLint-driven layer test run long on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
