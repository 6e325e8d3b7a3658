/**
 * One frontmatter value as a YAML scalar: plain when YAML reads the plain
 * text back as the same string, double-quoted otherwise. Dates and integers
 * stay plain (`created: 2026-11-21`, `estimate: 3`), as templates write them.
 */
export function writeYamlScalar(value: string): string {
  if (!needsQuotes(value)) return value;
  // YAML reads these as line breaks or a byte-order mark; JSON leaves them raw.
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029\ufeff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The string a scalar written by hand or by writeYamlScalar stands for. */
export function readYamlScalar(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // YAML allows escapes JSON does not (`\x41`, `\e`): keep the inside as written.
    }
    return trimmed.slice(1, -1);
  }
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) return trimmed.slice(1, -1).replaceAll("''", "'");
  return trimmed;
}

// Words YAML 1.1 reads as booleans or null, and floats it would rewrite (`1.10` -> 1.1).
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const FLOAT = /^[-+]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][-+]?\d+|\.inf|\.nan)$/i;
const INDICATOR = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

function needsQuotes(value: string): boolean {
  if (value === '' || value !== value.trim()) return true;
  if (INDICATOR.has(value[0]!) || value.endsWith(':')) return true;
  if (value.includes(': ') || value.includes(' #') || value.includes(':\t') || value.includes('\t#')) return true;
  for (let k = 0; k < value.length; k++) {
    const code = value.charCodeAt(k);
    // Newlines, tabs, other controls, and what YAML also reads as a line break or a byte-order mark.
    if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
  }
  return RESERVED.test(value) || FLOAT.test(value);
}
