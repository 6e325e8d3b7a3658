// Builds the CLI to plain JavaScript (dist-cli/), so `specwright` starts
// without compiling TypeScript: the command (specwright.mjs) and its worker
// (check-worker.mjs) side by side, sharing their code in chunks with their
// dependencies, and checkFiles on its own (check-files.mjs) for the bench. Run by `npm install` / `npm ci` (prepare),
// `npm pack` (prepack) and `npm run build:cli`.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = 'dist-cli';

export async function buildCli() {
  await rm(`${root}/${OUT_DIR}`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { specwright: 'src/cli/main.ts', 'check-worker': 'src/cli/check-worker.ts', 'check-files': 'src/cli/check-files.ts' },
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies bundled into ES modules still call require.
    banner: { js: "import { createRequire as __specwrightRequire } from 'node:module'; const require = __specwrightRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
