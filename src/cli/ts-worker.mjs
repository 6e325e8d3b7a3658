// A TypeScript worker of the CLI's, run from its sources (tests, or no dist-cli/): tsx cannot be
// handed to a worker as an --import flag in Node 20, so this registers it and imports the worker
// named by the first argument.
import { tsImport } from 'tsx/esm/api';

await tsImport(process.argv[2], { parentURL: import.meta.url, tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname });
