/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A section heading as its region is named: the title, then its flag if it has one. */
export function sectionName(title: string): RegExp {
  return new RegExp(`^${escapeRegExp(title)}(?: (?:Mandatory|Conditional|Optional))?$`);
}
