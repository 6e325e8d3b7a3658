import { findPlaceholders } from './find-placeholders';
import type { Field } from './schema';
import { slugify } from './slugify';

type FieldInput = {
  label: string;
  /** `**Label:**` rather than `**Label**:`. */
  colonInside?: boolean;
  /** The value as written in the template. */
  value: string;
  line: number;
  /** A YAML comment after the value, for frontmatter. */
  comment?: string;
  key?: string;
};

const DATE_HINT = /YYYY-MM-DD|^\[date\]$/i;
const VERSION_HINT = /^\[?(?:X\.Y\.Z|v?\d+\.\d+\.\d+)\]?$/i;

/**
 * Types a label/value pair from a template: an enum when choices are listed
 * (`draft | approved` in a comment or braces, `Draft / Review` in the value),
 * a date when the value or comment says YYYY-MM-DD or [DATE], a version for
 * X.Y.Z, and free text otherwise.
 */
export function inferField({ label, value, line, comment, key, colonInside }: FieldInput): Field {
  let inner = value.trim();
  let wrap: string | undefined;
  const code = codeSpan(inner);
  if (code) {
    wrap = code.fence;
    inner = code.inner.trim();
  }
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(inner);
  const unquoted = quoted ? (quoted[1] ?? quoted[2] ?? '') : inner;
  const placeholders = findPlaceholders(inner);
  const field: Field = {
    key: key ?? slugify(label),
    label,
    type: 'text',
    templateValue: value.trim(),
    placeholders,
    line,
  };
  if (wrap) field.wrap = wrap;
  if (colonInside) field.colonInside = true;

  const options = choicesFrom(comment) ?? choicesFrom(braceContent(unquoted)) ?? slashChoices(unquoted);
  if (options) {
    field.type = 'enum';
    field.options = options;
    const current = options.find((o) => o.toLowerCase() === unquoted.toLowerCase());
    if (current) field.defaultValue = current;
  } else if (DATE_HINT.test(unquoted) || DATE_HINT.test(comment ?? '') || placeholders.some((p) => /^date$/i.test(p.label))) {
    field.type = 'date';
  } else if (VERSION_HINT.test(unquoted)) {
    field.type = 'version';
  } else if (placeholders.length === 0 && unquoted !== '') {
    field.defaultValue = unquoted;
  }

  if (comment?.trim()) field.help = comment.trim();
  else if (placeholders.length > 0) field.help = placeholders.map((p) => p.label).join('; ');
  return field;
}

/** A value that is one code span (`` `x` ``): its backtick fence and what is inside. Linear, unlike a backreference regex. */
function codeSpan(text: string): { fence: string; inner: string } | null {
  let n = 0;
  while (text[n] === '`') n++;
  if (n === 0 || text.length <= 2 * n) return null;
  const fence = text.slice(0, n);
  if (!text.endsWith(fence) || text[text.length - n - 1] === '`') return null;
  const inner = text.slice(n, text.length - n);
  return inner.includes(fence) ? null : { fence, inner };
}

/** `draft | approved | done` -> choices; anything else -> undefined. */
function choicesFrom(text: string | undefined): string[] | undefined {
  if (!text || !text.includes('|')) return undefined;
  const parts = text.split('|').map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !/^[\w][\w .+-]{0,30}$/.test(p))) return undefined;
  return parts;
}

function braceContent(text: string): string | undefined {
  const m = /^\{(.*)\}$/.exec(text);
  return m ? m[1] : undefined;
}

/**
 * `[Draft / Review / Approved]` or `Must Have / Should Have / Nice to Have` or
 * `Low/Med/High`. With spaces around the slashes a choice may have up to four
 * words; without, each choice is one word, so `[User/stakeholder who benefits]`
 * stays text.
 */
export function slashChoices(text: string): string[] | undefined {
  const body = /^\[(.*)\]$/.exec(text)?.[1] ?? text;
  if (!body.includes('/')) return undefined;
  const spaced = / \/ /.test(body);
  const parts = body.split(spaced ? / \/ / : '/').map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const word = /^[A-Za-z][A-Za-z0-9+-]*$/;
  const ok = parts.every((p) => (spaced ? p.split(/\s+/).length <= 4 && p.split(/\s+/).every((w) => word.test(w)) : word.test(p)));
  return ok ? parts : undefined;
}
