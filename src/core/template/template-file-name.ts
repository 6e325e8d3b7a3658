/** The file a template's Markdown downloads as: `Team RFC (v2)` -> `team-rfc-v2-template.md`. */
export function templateFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (!slug) return 'template.md';
  return slug === 'template' || slug.endsWith('-template') ? `${slug}.md` : `${slug}-template.md`;
}
