import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The folders of src/core import each other one way only: a cycle between two
// folders (template -> draft -> template) means a module sits in the wrong
// folder, and is how the core got tangled before. Test files and fixtures are
// left out: a test may use any folder's fixtures.

type Graph = Map<string, Map<string, string>>;

/** Folder -> folder it imports -> the first file that does, for every import between two folders of `root`. */
function folderGraph(root: string): Graph {
  const graph: Graph = new Map();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__fixtures__') walk(path);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const from = relative(root, path).split('/')[0]!;
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
        const target = relative(root, normalize(join(dirname(path), specifier!)));
        const to = target.split('/')[0]!;
        if (target.startsWith('..') || to === from || !target.includes('/')) continue;
        if (!graph.has(from)) graph.set(from, new Map());
        if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, relative(root, path));
      }
    }
  };
  walk(root);
  return graph;
}

/** Every cycle between folders, each as `a -> b -> a (a/file.ts imports b)`. */
export function folderCycles(graph: Graph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const [next] of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        const why = loop.slice(0, -1).map((a, k) => graph.get(a)!.get(loop[k + 1]!)!);
        cycles.push(`${loop.join(' -> ')} (${why.join(', ')})`);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the folders of src/core', () => {
  it('import each other one way only', () => {
    const core = join(dirname(fileURLToPath(import.meta.url)), 'core');
    expect(folderCycles(folderGraph(core))).toEqual([]);
  });

  it('the check finds a cycle, and says which files make it', () => {
    const graph: Graph = new Map([
      ['template', new Map([['draft', 'template/draft-structure-template.ts']])],
      ['draft', new Map([['template', 'draft/draft-schema.ts'], ['payload', 'draft/load-draft.ts']])],
      ['payload', new Map()],
    ]);
    expect(folderCycles(graph)).toEqual(['draft -> template -> draft (draft/draft-schema.ts, template/draft-structure-template.ts)']);
    graph.get('template')!.delete('draft');
    expect(folderCycles(graph)).toEqual([]);
  });
});
