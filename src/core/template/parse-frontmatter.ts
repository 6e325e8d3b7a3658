import { inferField } from './infer-field';
import { isReservedKey } from './reserved-key';
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
  // The key the indented lines that follow belong to; null under a refused key, whose lines go with it.
  let previous: Field | null | undefined;
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)\s*:\s?(.*)$/.exec(raw);
    if (!pair) {
      if (previous !== undefined && /^\s/.test(raw)) {
        if (previous) previous.templateValue += `\n${raw}`;
        continue;
      }
      problems.push({ severity: 'warning', code: 'frontmatter-line', message: `Frontmatter line ${i + 1} is not a \`key: value\` pair; it is left out.`, line: i + 1 });
      continue;
    }
    const key = pair[1] ?? '';
    if (isReservedKey(key)) {
      problems.push({
        severity: 'error',
        code: 'frontmatter-reserved-key',
        message: `The frontmatter key \`${key}\` on line ${i + 1} is reserved (JavaScript gives it a meaning of its own): rename it.`,
        line: i + 1,
      });
      previous = null;
      continue;
    }
    const { value, comment } = splitComment(pair[2] ?? '');
    previous = inferField({ key, label: key, value, comment, line: i + 1 });
    fields.push(previous);
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
