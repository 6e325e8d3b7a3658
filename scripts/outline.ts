// Prints the outline the engine finds in a template: `npx tsx scripts/outline.ts FILE...`
// (the same as `specwright templates show FILE`).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { templateOutline } from '../src/cli/template-outline';
import { parseTemplate } from '../src/core/template/parse-template';

for (const file of process.argv.slice(2)) {
  const { template, problems } = parseTemplate(readFileSync(file, 'utf8'), { id: basename(file, '.md') });
  console.log(`\n${templateOutline(template, problems).join('\n')}`);
}
