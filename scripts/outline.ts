// Prints the outline the engine finds in a template: `npx tsx scripts/outline.ts FILE...`
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseTemplate } from '../src/core/template/parse-template';
import type { Section } from '../src/core/template/schema';

for (const file of process.argv.slice(2)) {
  const { template, problems } = parseTemplate(readFileSync(file, 'utf8'), { id: basename(file, '.md') });
  console.log(`\n=== ${template.name} — ${template.description}`);
  for (const p of problems) console.log(`  ! ${p.severity} ${p.code} line ${p.line}: ${p.message}`);
  if (template.frontmatter) for (const f of template.frontmatter) console.log(`  fm ${f.key}: ${f.type}${f.options ? ` [${f.options.join('|')}]` : ''}${f.defaultValue !== undefined ? ` = ${f.defaultValue}` : ''}`);
  if (template.title) console.log(`  title: "${template.title.prefix}" + ${template.title.placeholders.map((p) => p.text).join(' ')}`);
  for (const f of template.metadata) console.log(`  meta ${f.label}: ${f.type}${f.options ? ` [${f.options.join('|')}]` : ''}${f.defaultValue !== undefined ? ` = ${f.defaultValue}` : ''}${f.sameLine ? ' (same line)' : ''} ph=${f.placeholders.map((p) => p.text).join(',')}`);
  for (const b of template.preamble) console.log(`  preamble ${b.kind}`);
  const show = (s: Section) => {
    const flag = s.requirement === 'none' ? '' : ` <${s.requirement}${s.condition ? `: ${s.condition}` : ''}>`;
    console.log(`${'  '.repeat(s.level)}${'#'.repeat(s.level)} ${s.title}${flag}  {${s.id}}${s.guidance.length ? ` guidance×${s.guidance.length}` : ''}`);
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
      console.log(`${'  '.repeat(s.level + 1)}- ${b.kind}${b.label ? ` «${b.label}»` : ''} ${detail}`);
    }
    s.children.forEach(show);
  };
  template.sections.forEach(show);
  for (const g of template.groups) console.log(`  group "${g.label}" items=${g.itemIds.length} proto=${g.prototypeId} hint=${g.addHint ?? '-'}`);
}
