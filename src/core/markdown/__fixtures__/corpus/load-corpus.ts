import { readFileSync } from 'node:fs';
import { referenceTemplatesDir } from '../../../__fixtures__/reference-templates-dir';
import { freeFormTemplate } from '../../../template/free-form-template';
import { parseTemplate } from '../../../template/parse-template';
import type { TemplateSchema } from '../../../template/schema';
import { templateById } from '../load-templates';
import type { CorpusDocument, CorpusTemplate } from './index';

const here = new URL('./', import.meta.url);
const corpusTemplatesDir = new URL('./templates/', import.meta.url);

export function corpusMarkdown(doc: CorpusDocument): string {
  return readFileSync(new URL(doc.file, here), 'utf8');
}

function parseFile(dir: URL, file: string): TemplateSchema {
  return parseTemplate(readFileSync(new URL(file, dir), 'utf8'), { id: file.replace(/\.md$/, '') }).template;
}

/** The template a corpus document is imported against; a free-form one is made from the document itself. */
export function corpusTemplate(template: CorpusTemplate, markdown: string): TemplateSchema {
  switch (template.kind) {
    case 'built-in':
      return templateById(template.id);
    case 'corpus':
      return parseFile(corpusTemplatesDir, template.file);
    case 'reference':
      return parseFile(referenceTemplatesDir, template.file);
    case 'free-form':
      return freeFormTemplate(markdown);
  }
}

/** The corpus's own templates (KEP, MADR, Nygard ADR, NixOS RFC). */
export const corpusTemplates: TemplateSchema[] = ['kep-template.md', 'madr-template.md', 'nixos-rfc-template.md', 'nygard-adr-template.md'].map((f) => parseFile(corpusTemplatesDir, f));

/** The id a document should be matched to, or null for free-form. */
export function intendedTemplateId(template: CorpusTemplate): string | null {
  switch (template.kind) {
    case 'built-in':
      return template.id;
    case 'corpus':
    case 'reference':
      return template.file.replace(/\.md$/, '');
    case 'free-form':
      return null;
  }
}
