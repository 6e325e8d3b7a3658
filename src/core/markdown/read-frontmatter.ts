import { readYamlScalar } from './yaml-scalar';

export type ReadFrontmatter = {
  /** Values by key, in the file's order, quotes and comments taken off. No prototype: a key such as `__proto__` is only a key. */
  values: Record<string, string>;
  /** Index of the first body line after the closing `---`. */
  bodyStart: number;
  /** The lines [from, to) each key's value is written on, continuation lines included. */
  spans: Map<string, [number, number]>;
};

/**
 * Flat `key: value` YAML between `---` lines at the top of a file, as the
 * export writes it and as templates do. A `# comment` after a plain value
 * goes; indented lines under a key continue its value. Null when the file has
 * no closed frontmatter.
 */
export function readFrontmatter(lines: string[]): ReadFrontmatter | null {
  if ((lines[0] ?? '').trim() !== '---') return null;
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '---' || line === '...') {
      close = i;
      break;
    }
  }
  if (close < 0) return null;
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  const spans = new Map<string, [number, number]>();
  let last: string | undefined;
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+([\s\S]*))?$/.exec(raw);
    if (!pair) {
      if (last !== undefined && /^\s/.test(raw)) {
        values[last] = `${values[last]}\n${raw.trim()}`;
        spans.set(last, [spans.get(last)?.[0] ?? i, i + 1]);
      }
      continue;
    }
    last = pair[1]!;
    values[last] = readYamlScalar(withoutComment(pair[2] ?? ''));
    spans.set(last, [i, i + 1]);
  }
  return { values, bodyStart: close + 1, spans };
}

/** `draft   # draft | approved` -> `draft`; a `#` inside quotes stays. */
function withoutComment(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('"')) {
    for (let k = 1; k < trimmed.length; k++) {
      if (trimmed[k] === '\\') k++;
      else if (trimmed[k] === '"') return trimmed.slice(0, k + 1);
    }
    return trimmed;
  }
  if (trimmed.startsWith("'")) {
    for (let k = 1; k < trimmed.length; k++) {
      if (trimmed[k] === "'" && trimmed[k + 1] === "'") k++;
      else if (trimmed[k] === "'") return trimmed.slice(0, k + 1);
    }
    return trimmed;
  }
  for (let k = 0; k < trimmed.length; k++) {
    if (trimmed[k] === '#' && k > 0 && /\s/.test(trimmed[k - 1]!)) return trimmed.slice(0, k).trim();
  }
  return trimmed;
}
