import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The modules of src/core import each other one way only (what eslint's
// import/no-cycle checks, done here on the plain import graph): a cycle means
// a module sits in the wrong place, and is how the core got tangled before.
// And the template engine stands on its own: `template` imports no draft,
// Markdown or conversion code (what converts is in `convert`). Test files and
// fixtures are left out: a test may use any folder's fixtures.

type Graph = Map<string, Map<string, string>>;

const core = join(dirname(fileURLToPath(import.meta.url)), 'core');

/** Every module of `root` (without .ts) -> the modules of `root` it imports, each with the importing file. */
function moduleGraph(root: string): Graph {
  const graph: Graph = new Map();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__fixtures__') walk(path);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const from = relative(root, path).replace(/\.tsx?$/, '');
      const edges = new Map<string, string>();
      graph.set(from, edges);
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
        const to = relative(root, normalize(join(dirname(path), specifier!)));
        if (!to.startsWith('..')) edges.set(to, `${from}.ts`);
      }
    }
  };
  walk(root);
  return graph;
}

/** The same graph between top folders (`template/parse-template` -> `template`). */
function folderGraph(modules: Graph): Graph {
  const graph: Graph = new Map();
  for (const [from, edges] of modules) {
    const a = from.split('/')[0]!;
    for (const [to, file] of edges) {
      const b = to.split('/')[0]!;
      if (a === b || !to.includes('/')) continue;
      if (!graph.has(a)) graph.set(a, new Map());
      if (!graph.get(a)!.has(b)) graph.get(a)!.set(b, file);
    }
  }
  return graph;
}

/** Every cycle of the graph, each as `a -> b -> a (the file of each step)`. */
function cycles(graph: Graph): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const [next] of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        const why = loop.slice(0, -1).map((a, k) => graph.get(a)!.get(loop[k + 1]!)!);
        found.push(`${loop.join(' -> ')} (${why.join(', ')})`);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the modules of src/core', () => {
  const modules = moduleGraph(core);

  it('import each other one way only', () => {
    expect(modules.size).toBeGreaterThan(100);
    expect(cycles(modules)).toEqual([]);
  });

  it('the template engine imports no draft, Markdown or conversion code', () => {
    const template = folderGraph(modules).get('template') ?? new Map<string, string>();
    const wrong = ['draft', 'markdown', 'convert', 'share', 'validate'].filter((folder) => template.has(folder)).map((folder) => `${folder} (${template.get(folder)})`);
    expect(wrong).toEqual([]);
  });

  it('the check finds a cycle, and says which files make it', () => {
    const graph: Graph = new Map([
      ['template/draft-structure-template', new Map([['draft/draft-schema', 'template/draft-structure-template.ts']])],
      ['draft/draft-schema', new Map([['template/draft-structure-template', 'draft/draft-schema.ts'], ['payload/load-payload', 'draft/draft-schema.ts']])],
      ['payload/load-payload', new Map()],
    ]);
    expect(cycles(graph)).toEqual(['draft/draft-schema -> template/draft-structure-template -> draft/draft-schema (draft/draft-schema.ts, template/draft-structure-template.ts)']);
    expect(folderGraph(graph).get('template')?.has('draft')).toBe(true);
    graph.get('template/draft-structure-template')!.delete('draft/draft-schema');
    expect(cycles(graph)).toEqual([]);
  });
});
