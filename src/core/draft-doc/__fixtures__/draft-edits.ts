import type { Draft } from '../../draft/draft-schema';

/** Keys whose strings a person does not type: identities, kinds, times, and the two whole-value snapshots. */
const FIXED = new Set(['kind', 'id', 'blockId', 'templateSectionId', 'templateId', 'templateHash', 'createdAt', 'updatedAt', 'template', 'origin']);
/** Arrays whose elements a person adds and removes. */
const ITEM_ARRAYS = new Set(['items', 'rows']);

export type Path = (string | number)[];

/** Every text a person can type into, as a path from the draft. */
export function textPaths(draft: Draft): Path[] {
  const paths: Path[] = [];
  walk(draft, [], (value, path) => {
    if (typeof value === 'string') paths.push(path);
  });
  return paths;
}

function itemArrayPaths(draft: Draft): Path[] {
  const paths: Path[] = [];
  walk(draft, [], (value, path) => {
    if (Array.isArray(value) && value.length > 0 && ITEM_ARRAYS.has(String(path.at(-1)))) paths.push(path);
  });
  return paths;
}

function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((element, index) => walk(element, [...path, index], visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) if (!FIXED.has(key)) walk(inner, [...path, key], visit);
}

/**
 * The draft with one edit, copied along its path only (the rest shared, as
 * the app's own edits do): text `pick` replaced, appended to or prepended
 * with `text`; or, for every fifth pick, an item added (a copy of the
 * first) or removed in an item list.
 */
export function editAt(draft: Draft, pick: number, text: string, mode: 'replace' | 'append' | 'prepend' = 'replace'): Draft {
  const arrays = itemArrayPaths(draft);
  if (mode === 'replace' && pick % 5 === 4 && arrays.length > 0) {
    const path = arrays[pick % arrays.length]!;
    return setAt(draft, path, (items) => {
      const list = items as unknown[];
      return pick % 2 === 0 ? [...list, list[0]] : list.slice(1);
    }) as Draft;
  }
  const paths = textPaths(draft);
  if (paths.length === 0) return draft;
  const path = paths[pick % paths.length]!;
  return setAt(draft, path, (old) => (mode === 'replace' ? text : mode === 'append' ? `${String(old)} ${text}` : `${text} ${String(old)}`)) as Draft;
}

function setAt(value: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((element, index) => (index === head ? setAt(element, rest, change) : element));
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, key === head ? setAt(inner, rest, change) : inner]));
}
