/** A `$…$` or `$$…$$` span that could be math (not a lone price like `$5`). */
export function needsMath(markdown: string): boolean {
  return /\$\$[\s\S]+?\$\$|\$[^\s$][^$\n]*?\$/.test(markdown);
}

/** A `:shortcode:` (letters, digits, `_`, `+`, `-`). */
export function needsEmoji(markdown: string): boolean {
  return /:[a-z0-9_+-]+:/i.test(markdown);
}
