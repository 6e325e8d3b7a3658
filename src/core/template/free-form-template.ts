import { readDocumentStructure } from './read-document-structure';
import { contentHash } from './content-hash';
import { TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, type Block, type Field, type Section, type TemplateSchema } from './schema';
import { slugify, uniqueSlugger } from './slugify';

export const FREE_FORM_TEMPLATE_ID = 'free-form';
export const FREE_FORM_TEMPLATE_NAME = 'No template (free-form document)';

/**
 * "No template": a document's own structure as a template, for a file that
 * fits none. Each heading is a section at its own level and with its own
 * title, nested as in the file, holding one prose block; the frontmatter keys
 * are text fields; nothing is a placeholder. The document's first heading is
 * a section too (there is no title line to glue text to), and what comes
 * before it is a prose preamble, so importing the document with this template
 * keeps all its text. Headings are read with the CommonMark parser: a `#` line
 * in code is not one, a setext heading is.
 */
export function freeFormTemplate(markdown: string): TemplateSchema {
  const structure = readDocumentStructure(markdown);
  const slug = uniqueSlugger();
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const heading of structure.headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    const id = slug(parent ? `${parent.id}/${slugify(heading.text)}` : slugify(heading.text));
    const section: Section = {
      id,
      level: heading.level,
      heading: heading.text,
      title: heading.text,
      titlePlaceholders: [],
      requirement: 'none',
      guidance: [],
      blocks: [prose(`${id}#0`, heading.line + 1)],
      children: [],
      line: heading.line,
    };
    (parent?.children ?? roots).push(section);
    stack.push(section);
  }
  const frontmatter = structure.frontmatterKeys.length > 0 ? structure.frontmatterKeys.map(textField) : null;
  return {
    kind: TEMPLATE_KIND,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: FREE_FORM_TEMPLATE_ID,
    name: FREE_FORM_TEMPLATE_NAME,
    description: 'The document as it is: each heading a section of prose.',
    sourceHash: contentHash(markdown),
    frontmatter,
    title: null,
    metadata: [],
    preamble: structure.hasPreamble ? [prose('@preamble#0', 1)] : [],
    sections: roots,
    footer: [],
    groups: [],
  };
}

function prose(id: string, line: number): Block {
  return { id, kind: 'prose', text: '', placeholders: [], line };
}

function textField(key: string, index: number): Field {
  return { key, label: key, type: 'text', templateValue: '', placeholders: [], line: index + 2 };
}
