/**
 * Elements a draft's HTML may keep: what GFM produces, plus the inline HTML
 * people write in Markdown (`<br>` in table cells, `<kbd>`, `<details>`).
 * Forms, media other than images, styles and scripts never survive.
 */
export const PROSE_TAGS: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'var',
];
