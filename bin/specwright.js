#!/usr/bin/env node
// `specwright` (npx specwright check ...): runs the built CLI (dist-cli/,
// plain JavaScript, written by `npm install` / `npm ci` through `prepare`, or
// `npm run build:cli`). Without it (installed with --ignore-scripts, or
// SPECWRIGHT_FROM_SOURCE=1 while working on the CLI), it says so and runs the
// TypeScript (src/cli/main.ts) through tsx, with this package's own tsconfig
// whatever the folder it is run in, which starts about a second slower.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/specwright.mjs', import.meta.url);
if (existsSync(built) && !process.env.SPECWRIGHT_FROM_SOURCE) {
  await import(built.href);
} else {
  if (!process.env.SPECWRIGHT_FROM_SOURCE) process.stderr.write('specwright: dist-cli/ is not built (npm run build:cli); running the TypeScript through tsx instead.\n');
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('../src/cli/main.ts', { parentURL: import.meta.url, tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
}
