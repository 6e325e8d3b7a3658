import { existsSync } from 'node:fs';

/**
 * The folder of Specwright's own package.json: two up from src/cli when run
 * from the TypeScript, one up from dist-cli when run from the build (which
 * puts every module in one file, so `import.meta.url` is the bundle's).
 */
export const PACKAGE_ROOT: URL = findRoot(new URL('./', import.meta.url));

function findRoot(from: URL): URL {
  for (let dir = from; ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir)) && existsSync(new URL('templates/', dir))) return dir;
    if (new URL('../', dir).href === dir.href) return new URL('../../', from);
  }
}
