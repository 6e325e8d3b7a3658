import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, securityHeaders } from './build/content-security-policy';
import { serviceWorker } from './build/service-worker-plugin';

export default defineConfig({
  plugins: [react(), serviceWorker(), contentSecurityPolicy()],
  server: { port: 5173, headers: securityHeaders('dev') },
  preview: { port: 4173, strictPort: true, headers: securityHeaders('build') },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and the ESLint-driven layer test run long on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
