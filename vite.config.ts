import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './build/service-worker-plugin';

export default defineConfig({
  plugins: [react(), serviceWorker()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and the ESLint-driven layer test run long on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
