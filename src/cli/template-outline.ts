import type { Problem, Section, TemplateSchema } from '../core/template/schema';

/**
 * The outline the engine reads in a template, one line each: its problems,
 * frontmatter, title, metadata, then the section tree with every block and
 * the repeatable groups. What `specwright templates show` and
 * scripts/outline.ts print.
 */
export function templateOutline(template: TemplateSchema, problems: readonly Problem[]): string[] {
  const out: string[] = [`=== ${template.name} — ${template.description}`];
  for (const p of problems) out.push(`  ! ${p.severity} ${p.code} line ${p.line}: ${p.message}`);
  if (template.frontmatter) for (const f of template.frontmatter) out.push(`  fm ${f.key}: ${f.type}${f.options ? ` [${f.options.join('|')}]` : ''}${f.defaultValue !== undefined ? ` = ${f.defaultValue}` : ''}`);
  if (template.title) out.push(`  title: "${template.title.prefix}" + ${template.title.placeholders.map((p) => p.text).join(' ')}`);
  for (const f of template.metadata) out.push(`  meta ${f.label}: ${f.type}${f.options ? ` [${f.options.join('|')}]` : ''}${f.defaultValue !== undefined ? ` = ${f.defaultValue}` : ''}${f.sameLine ? ' (same line)' : ''} ph=${f.placeholders.map((p) => p.text).join(',')}`);
  for (const b of template.preamble) out.push(`  preamble ${b.kind}`);
  const show = (s: Section) => {
    const flag = s.requirement === 'none' ? '' : ` <${s.requirement}${s.condition ? `: ${s.condition}` : ''}>`;
    out.push(`${'  '.repeat(s.level)}${'#'.repeat(s.level)} ${s.title}${flag}  {${s.id}}${s.guidance.length ? ` guidance×${s.guidance.length}` : ''}`);
    for (const b of s.blocks) {
      const detail =
        b.kind === 'idList' ? `${b.prefix}${b.separator}×${b.items.length} [${b.items.map((i) => i.id).join(',')}]`
        : b.kind === 'fields' ? `${b.style}: ${b.fields.map((f) => `${f.label}:${f.type}${f.options ? `[${f.options.join('|')}]` : ''}`).join(', ')}`
        : b.kind === 'table' ? `cols ${b.columns.map((c) => c.name + (c.options ? `[${c.options.join('|')}]` : '')).join(',')} rows ${b.rows.length}`
        : b.kind === 'code' ? `lang=${b.lang} ph=${b.placeholders.map((p) => p.text).join(',')}`
        : b.kind === 'scenarios' ? `×${b.items.length}`
        : b.kind === 'definitions' ? `×${b.items.length}`
        : b.kind === 'list' ? `${b.ordered ? 'ol' : 'ul'}×${b.items.length}`
        : b.kind === 'checklist' ? `×${b.items.length}`
        : b.kind === 'prose' ? JSON.stringify(b.text.slice(0, 50)) : '';
      out.push(`${'  '.repeat(s.level + 1)}- ${b.kind}${b.label ? ` «${b.label}»` : ''} ${detail}`);
    }
    s.children.forEach(show);
  };
  template.sections.forEach(show);
  for (const g of template.groups) out.push(`  group "${g.label}" items=${g.itemIds.length} proto=${g.prototypeId} hint=${g.addHint ?? '-'}`);
  return out;
}
