import type { Section, TemplateSchema } from '../template/schema';
import { draftIdentity } from './draft-identity';
import { DRAFT_VERSION, type Draft, type DraftSection } from './draft-schema';
import { initialBlockValues, initialFieldValue } from './initial-values';

export type CreateDraftOptions = {
  id: string;
  /** The moment of creation; its date fills date fields. */
  now: Date;
};

/** A new draft from a template, pre-filled with what the template implies. */
export function createDraft(template: TemplateSchema, { id, now }: CreateDraftOptions): Draft {
  const today = now.toISOString().slice(0, 10);
  return {
    ...draftIdentity(template, { id, now }),
    version: DRAFT_VERSION,
    name: null,
    frontmatter: Object.fromEntries((template.frontmatter ?? []).map((f) => [f.key, initialFieldValue(f, today)])),
    titleText: '',
    metadata: Object.fromEntries(template.metadata.map((f) => [f.key, initialFieldValue(f, today)])),
    preamble: initialBlockValues(template.preamble, today),
    sections: template.sections.map((s) => sectionFromTemplate(s, s.id, today)),
    footer: initialBlockValues(template.footer, today),
    origin: null,
  };
}

/** A draft section (and its subtree) from a template section; `id` lets a group copy take a new one. */
export function sectionFromTemplate(section: Section, id: string, today: string): DraftSection {
  return {
    id,
    templateSectionId: section.id,
    level: section.level,
    title: section.title,
    enabled: true,
    blocks: initialBlockValues(section.blocks, today),
    children: section.children.map((child) => sectionFromTemplate(child, id === section.id ? child.id : `${id}/${child.id.split('/').pop()}`, today)),
  };
}
