#!/usr/bin/env node
// `specwright` (npx specwright check ...): runs the CLI's TypeScript
// (src/cli/main.ts) through tsx, with this package's own tsconfig whatever
// the folder it is run in.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', { parentURL: import.meta.url, tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
