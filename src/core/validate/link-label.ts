/**
 * A link label as CommonMark matches it (and as mdast's `identifier` holds
 * it): runs of whitespace as one space, trimmed, case folded.
 */
export function linkLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();
}
