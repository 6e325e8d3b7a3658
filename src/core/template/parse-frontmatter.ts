import { inferField } from './infer-field';
import type { Field, Problem } from './schema';

export type Frontmatter = {
  fields: Field[];
  /** Index of the first body line after the closing `---`. */
  bodyStart: number;
};

/**
 * YAML frontmatter between `---` lines at the very top. Flat `key: value  #
 * comment` pairs become typed fields; indented or list lines under a key are
 * kept as that key's text. An unclosed block is reported and read as body.
 */
export function parseFrontmatter(lines: string[], problems: Problem[]): Frontmatter | null {
  if ((lines[0] ?? '').trim() !== '---') return null;
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---' || line.trim() === '...') {
      close = i;
      break;
    }
  }
  if (close < 0) {
    problems.push({
      severity: 'error',
      code: 'frontmatter-unclosed',
      message: 'The frontmatter that opens with `---` on line 1 is never closed: add a `---` line after its last key.',
      line: 1,
    });
    return null;
  }

  const fields: Field[] = [];
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)\s*:\s?(.*)$/.exec(raw);
    const previous = fields[fields.length - 1];
    if (!pair) {
      if (previous && /^\s/.test(raw)) {
        previous.templateValue += `\n${raw}`;
        continue;
      }
      problems.push({ severity: 'warning', code: 'frontmatter-line', message: `Frontmatter line ${i + 1} is not a \`key: value\` pair; it is left out.`, line: i + 1 });
      continue;
    }
    const { value, comment } = splitComment(pair[2] ?? '');
    const key = pair[1] ?? '';
    fields.push(inferField({ key, label: key, value, comment, line: i + 1 }));
  }
  return { fields, bodyStart: close + 1 };
}

/** Splits `value  # comment`, leaving a `#` inside quotes alone. */
function splitComment(text: string): { value: string; comment?: string } {
  let quote = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && (k === 0 || /\s/.test(text[k - 1]!))) {
      return { value: text.slice(0, k).trim(), comment: text.slice(k + 1).trim() };
    }
  }
  return { value: text.trim() };
}
