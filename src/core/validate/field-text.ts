import type { TextRef } from './text-ref';

/** A field's value as it means it: trimmed, and for frontmatter (YAML) without the quotes that may wrap it. */
export function fieldText(ref: TextRef): string {
  const text = ref.text.trim();
  if (ref.documentField !== 'frontmatter') return text;
  const quoted = /^"(.*)"$|^'(.*)'$/s.exec(text);
  return quoted ? (quoted[1] ?? quoted[2] ?? '') : text;
}
