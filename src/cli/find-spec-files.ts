import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { globBase, globPattern, isGlob } from './glob-pattern';
import { UsageError } from './usage-error';

/** A file to check: where it is, and how it is shown (relative to the working folder, `/` separators). */
export type SpecFile = { path: string; shown: string };

const SKIPPED_DIRS = new Set(['node_modules']);
const MARKDOWN = /\.(md|markdown)$/i;

/**
 * Paths, folders and globs -> the files they name, sorted and without
 * repeats. A folder gives its Markdown files, folders below included (but not
 * node_modules or folders whose name starts with a dot); a glob, the files
 * under its base that match it. `ignore` globs leave out found files, never
 * one named outright. A path that is not there, or a glob that matches
 * nothing, is a UsageError.
 */
export async function findSpecFiles(args: readonly string[], cwd: string, ignore: readonly string[] = []): Promise<SpecFile[]> {
  const ignored = ignore.map(globPattern);
  const shownOf = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  const keep = (path: string) => !ignored.some((re) => re.test(shownOf(path)));
  const found = new Map<string, SpecFile>();
  const add = (path: string) => found.set(path, { path, shown: shownOf(path) });
  for (const arg of args) {
    const posix = arg.split(sep).join('/');
    if (isGlob(posix)) {
      const base = resolve(cwd, globBase(posix));
      const pattern = globPattern(shownOf(resolve(cwd, posix.replace(/^\.\//, ''))));
      const matches = (await walk(base, () => true)).filter((path) => pattern.test(shownOf(path)) && keep(path));
      if (matches.length === 0) throw new UsageError(`No files match "${arg}".`);
      matches.forEach(add);
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError(`No such file or folder: ${arg}`);
    if (info.isDirectory()) (await walk(path, (name) => MARKDOWN.test(name))).filter(keep).forEach(add);
    else add(path);
  }
  return [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}

async function walk(dir: string, wanted: (name: string) => boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`Cannot read the folder ${dir}: ${(error as Error).message}`);
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) files.push(...(await walk(path, wanted)));
    } else if (wanted(entry.name)) files.push(path);
  }
  return files;
}
