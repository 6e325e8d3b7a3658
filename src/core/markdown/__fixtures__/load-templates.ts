import { readFileSync, readdirSync } from 'node:fs';
import { parseTemplate } from '../../template/parse-template';
import type { TemplateSchema } from '../../template/schema';
import { hasReferenceTemplates, referenceTemplatesDir } from '../../__fixtures__/reference-templates-dir';

const builtInDir = new URL('../../../../templates/', import.meta.url);

function load(dir: URL, file: string): TemplateSchema {
  return parseTemplate(readFileSync(new URL(file, dir), 'utf8'), { id: file.replace(/\.md$/, '') }).template;
}

/** The five built-in templates, by id. */
export const builtInTemplates: TemplateSchema[] = readdirSync(builtInDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => load(builtInDir, f));

/** spec-kit's spec, plan and tasks templates and the Rust RFC template. */
export const referenceTemplates: TemplateSchema[] = hasReferenceTemplates
  ? readdirSync(referenceTemplatesDir)
      .filter((f) => f.endsWith('-template.md'))
      .sort()
      .map((f) => load(referenceTemplatesDir, f))
  : [];

export const allTemplates: TemplateSchema[] = [...builtInTemplates, ...referenceTemplates];

export function templateById(id: string): TemplateSchema {
  const found = allTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}
