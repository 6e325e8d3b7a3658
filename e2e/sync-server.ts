import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The sync server the Playwright config starts beside the app (playwright.config.ts), one port per checkout. */
export const syncPort = (Number(process.env.E2E_PORT) || 4173) + 10_000;
export const syncUrl = `ws://127.0.0.1:${syncPort}`;

/**
 * A sync server of the test's own, for tests that stop and start it: the
 * real server (src/server/main.ts, as `npm run server` runs it) in a child
 * process, on a port of its own, keeping its rooms in `dataDir`.
 */
export class OwnSyncServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'specwright-e2e-sync-'));
  #child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url() {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(this.port), '--data', this.dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.#child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Specwright sync server on')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`The sync server exited (${code}): ${out}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
