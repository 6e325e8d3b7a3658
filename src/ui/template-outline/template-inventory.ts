import { blockKind, isRegisteredBlock } from '../../core/blocks/block-kinds';
import { flattenSections } from '../../core/template/flatten-sections';
import type { Block, Field, Placeholder, PlaceholderKind, Section, TemplateSchema } from '../../core/template/schema';

export type FieldEntry = { where: string; label: string; kind: string };
export type IdListEntry = { where: string; range: string; count: number; examples: number };
export type GroupEntry = { label: string; where: string; count: number; hint: string | undefined };
export type PlaceholderEntry = { text: string; kind: PlaceholderKind; count: number };

export type TemplateInventory = {
  fields: FieldEntry[];
  placeholders: PlaceholderEntry[];
  idLists: IdListEntry[];
  groups: GroupEntry[];
};

/**
 * What a template asks for, gathered for a person deciding whether the
 * engine read it right: its typed fields (frontmatter, metadata and labelled
 * field lines), its distinct placeholders, its ID'd lists and its repeatable
 * groups, each with where it is.
 */
export function templateInventory(template: TemplateSchema): TemplateInventory {
  const sections = flattenSections(template.sections);
  const fields: FieldEntry[] = [
    ...(template.frontmatter ?? []).map((f) => fieldEntry('Frontmatter', f)),
    ...template.metadata.map((f) => fieldEntry('Document', f)),
    ...[...template.preamble, ...template.footer].flatMap((b) => blockFields('Document', b)),
    ...sections.flatMap((s) => s.blocks.flatMap((b) => blockFields(s.title, b))),
  ];

  const counts = new Map<string, PlaceholderEntry>();
  const count = (placeholders: readonly Placeholder[]) => {
    for (const p of placeholders) {
      const entry = counts.get(p.text);
      if (entry) entry.count++;
      else counts.set(p.text, { text: p.text, kind: p.kind, count: 1 });
    }
  };
  if (template.title) count(template.title.placeholders);
  for (const field of [...(template.frontmatter ?? []), ...template.metadata]) count(field.placeholders);
  for (const block of [...template.preamble, ...template.footer]) count(blockPlaceholders(block));
  for (const section of sections) {
    count(section.titlePlaceholders);
    for (const block of section.blocks) count(blockPlaceholders(block));
  }

  const idLists = sections.flatMap((s) =>
    s.blocks.flatMap((b): IdListEntry[] => {
      if (b.kind !== 'idList' || b.items.length === 0) return [];
      // Example items (spec-kit's `*Example of marking unclear requirements:*`) are not in a new draft.
      const real = b.items.filter((i) => !i.example);
      const shown = real.length > 0 ? real : b.items;
      const first = shown[0]!.id;
      const last = shown[shown.length - 1]!.id;
      return [{ where: s.title, range: first === last ? first : `${first}–${last}`, count: real.length, examples: b.items.length - real.length }];
    }),
  );

  const byId = new Map<string, Section>(sections.map((s) => [s.id, s]));
  const groups = template.groups.map((g) => ({
    label: g.label,
    where: g.parentId === null ? 'Top level' : (byId.get(g.parentId)?.title ?? ''),
    count: g.itemIds.length,
    hint: g.addHint?.replace(/^\[|\]$/g, ''),
  }));

  return { fields, placeholders: [...counts.values()], idLists, groups };
}

function fieldEntry(where: string, field: Field): FieldEntry {
  return { where, label: field.label, kind: fieldKind(field) };
}

function blockFields(where: string, block: Block): FieldEntry[] {
  return block.kind === 'fields' ? block.fields.map((f) => fieldEntry(where, f)) : [];
}

/** `choice of proposed, rejected, accepted`, `date`, `version`, `text`. */
function fieldKind(field: Field): string {
  if (field.type === 'enum') return `choice of ${(field.options ?? []).join(', ')}`;
  return field.type;
}

function blockPlaceholders(block: Block): Placeholder[] {
  return isRegisteredBlock(block) ? blockKind(block.kind).placeholders(block) : [];
}
