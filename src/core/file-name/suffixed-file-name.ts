import { toSlug } from './to-slug';

/**
 * A Markdown file name from a title, ending in the kind of file it is:
 * (`Run history`, `spec`) -> `run-history-spec.md`; a title that already ends
 * in the kind keeps it once (`Team spec` -> `team-spec.md`); no usable title
 * gives `spec.md`.
 */
export function suffixedFileName(title: string, kind: string): string {
  const slug = toSlug(title, 80);
  if (!slug) return `${kind}.md`;
  return slug === kind || slug.endsWith(`-${kind}`) ? `${slug}.md` : `${slug}-${kind}.md`;
}
