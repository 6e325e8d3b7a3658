import type { Block, Field, Section, TemplateSchema } from '../core/template/schema';

type JsonSchema = { [key: string]: unknown };

const string = (description?: string): JsonSchema => (description ? { type: 'string', description } : { type: 'string' });
const array = (items: JsonSchema, description?: string): JsonSchema => ({ type: 'array', items, ...(description ? { description } : {}) });
const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
});
/** `X.Y.Z` as semantic versioning writes it, as the app's version check reads it (src/core/validate/is-version.ts). */
const SEMVER = '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A template -> a JSON Schema (2020-12) of a filled spec of it: the
 * frontmatter and metadata fields (enums, dates, versions), the title, and
 * every section by id with its blocks by id (prose as Markdown, ID'd lists as
 * items whose ids follow the template's pattern, tables as rows keyed by
 * column, scenarios, definitions, lists, checklists, code). Mandatory
 * sections are required. For tools that fill or check specs in this shape.
 */
export function templateJsonSchema(template: TemplateSchema): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  if (template.frontmatter?.length) properties.frontmatter = fieldsSchema(template.frontmatter);
  if (template.title) properties.title = string(`The title, after "${template.title.prefix.trim()}".`);
  if (template.metadata.length) properties.metadata = fieldsSchema(template.metadata);
  properties.sections = sectionsSchema(template.sections);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:specwright:template:${template.id}`,
    title: template.name,
    ...(template.description ? { description: template.description } : {}),
    ...object(properties, ['sections']),
  };
}

function sectionsSchema(sections: readonly Section[]): JsonSchema {
  const properties = Object.fromEntries(sections.map((s) => [s.id, sectionSchema(s)]));
  return object(properties, sections.filter((s) => s.requirement === 'mandatory' && !s.condition).map((s) => s.id));
}

function sectionSchema(section: Section): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const blocks = section.blocks.flatMap((b) => {
    const schema = blockSchema(b);
    return schema ? [[b.id, schema] as const] : [];
  });
  if (blocks.length) properties.blocks = object(Object.fromEntries(blocks));
  if (section.children.length) properties.sections = sectionsSchema(section.children);
  const flag = section.requirement === 'none' ? '' : ` (${section.requirement}${section.condition ? `: ${section.condition}` : ''})`;
  return { title: section.title, description: `${'#'.repeat(section.level)} ${section.title}${flag}`, ...object(properties) };
}

function blockSchema(block: Block): JsonSchema | null {
  const label = block.label ? `${block.label}: ` : '';
  switch (block.kind) {
    case 'prose':
      return string(`${label}Markdown.`);
    case 'fields':
      return fieldsSchema(block.fields);
    case 'idList': {
      const id = { type: 'string', pattern: `^${escapeRegExp(block.prefix + block.separator)}\\d{${block.digits},}$` };
      const item = object({ id, text: string(), ...(block.style === 'checklist' ? { checked: { type: 'boolean' } } : {}) }, ['id', 'text']);
      return array(item, `${label}${block.prefix}${block.separator}${'0'.repeat(block.digits)} items.`);
    }
    case 'table':
      return array(object(Object.fromEntries(block.columns.map((c) => [c.name, c.options ? { type: 'string', enum: c.options } : string()]))), `${label}Table rows, keyed by column.`);
    case 'scenarios':
      return array(object({ given: string(), when: string(), then: string() }, ['given', 'when', 'then']), `${label}Given/When/Then scenarios.`);
    case 'definitions':
      return array(object({ term: string(), text: string() }, ['term', 'text']), `${label}Terms and their definitions.`);
    case 'list':
      return array(string(), `${label}List items.`);
    case 'checklist':
      return array(object({ checked: { type: 'boolean' }, text: string() }, ['checked', 'text']), `${label}Checklist items.`);
    case 'code':
      return string(`${label}Code${block.lang ? ` (${block.lang})` : ''}.`);
    case 'diagram':
      return string(`${label}Mermaid diagram source.`);
    default:
      return null; // raw and rule blocks are kept from the template as they are, not filled
  }
}

function fieldsSchema(fields: readonly Field[]): JsonSchema {
  return object(Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])));
}

function fieldSchema(field: Field): JsonSchema {
  const about = { title: field.label, ...(field.help ? { description: field.help } : {}), ...(field.defaultValue !== undefined ? { default: field.defaultValue } : {}) };
  if (field.type === 'enum' && field.options) return { type: 'string', enum: field.options, ...about };
  if (field.type === 'date') return { type: 'string', format: 'date', ...about };
  if (field.type === 'version') return { type: 'string', pattern: SEMVER, ...about };
  return { type: 'string', ...about };
}
