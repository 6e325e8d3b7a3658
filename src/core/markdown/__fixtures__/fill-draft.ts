import { addGroupItem } from '../../draft/group-edits';
import { createDraft } from '../../draft/create-draft';
import type { BlockValue, Draft, DraftSection } from '../../draft/draft-schema';
import { formatId } from '../../draft/id-list-edits';
import { setBlockValue, setFrontmatterValue, setMetadataValue, setSectionEnabled, setSectionTitle, setTitleText, type BlockPlace } from '../../draft/section-edits';
import { templateLookup } from '../../draft/template-lookup';
import { templateById } from './load-templates';

type Kind = BlockValue['kind'];
type ValueOf<K extends Kind> = Extract<BlockValue, { kind: K }>;
type Patch<K extends Kind> = Partial<Omit<ValueOf<K>, 'kind' | 'blockId'>>;
/** Which block of a section: its template label, or its place among blocks of its kind. */
type Which = { label?: string; nth?: number };

export const fixtureNow = new Date('2026-11-21T09:30:00Z');

/**
 * Fills a draft the way the editor does, through the draft edit functions,
 * finding sections by their current title and blocks by kind and label.
 */
export class DraftFiller {
  constructor(public draft: Draft) {}

  static of(templateId: string): DraftFiller {
    return new DraftFiller(createDraft(templateById(templateId), { id: `fixture-${templateId}`, now: fixtureNow }));
  }

  title(text: string): this {
    this.draft = setTitleText(this.draft, text);
    return this;
  }

  metadata(values: Record<string, string>): this {
    for (const [key, value] of Object.entries(values)) this.draft = setMetadataValue(this.draft, key, value);
    return this;
  }

  frontmatter(values: Record<string, string>): this {
    for (const [key, value] of Object.entries(values)) this.draft = setFrontmatterValue(this.draft, key, value);
    return this;
  }

  rename(title: string, to: string): this {
    this.draft = setSectionTitle(this.draft, this.section(title).id, to);
    return this;
  }

  switchOff(title: string): this {
    this.draft = setSectionEnabled(this.draft, this.section(title).id, false);
    return this;
  }

  /** Adds an item to the group whose label is `label` (`User Story`) and titles it. */
  addItem(label: string, title: string): this {
    const group = this.draft.template.groups.find((g) => g.label === label);
    if (!group) throw new Error(`no group ${label}`);
    const added = addGroupItem(this.draft, group.id, fixtureNow);
    this.draft = setSectionTitle(added.draft, added.sectionId, title);
    return this;
  }

  /** Sets one block of a section (`@preamble` and `@footer` for the document's own). */
  fill<K extends Kind>(sectionTitle: string, kind: K, patch: Patch<K>, which: Which = {}): this {
    const place: BlockPlace = sectionTitle.startsWith('@') ? sectionTitle : this.section(sectionTitle).id;
    const values = place === '@preamble' ? this.draft.preamble : place === '@footer' ? this.draft.footer : this.section(sectionTitle).blocks;
    const { blocks } = templateLookup(this.draft.template);
    const candidates = values.filter((v): v is ValueOf<K> => v.kind === kind && (which.label === undefined || blocks.get(v.blockId)?.label === which.label));
    const current = candidates[which.nth ?? 0];
    if (!current) throw new Error(`no ${kind} block${which.label ? ` labelled ${which.label}` : ''} in ${sectionTitle}`);
    this.draft = setBlockValue(this.draft, place, { ...current, ...patch } as BlockValue);
    return this;
  }

  section(title: string): DraftSection {
    const found = findByTitle(this.draft.sections, title);
    if (!found) throw new Error(`no section titled ${title}`);
    return found;
  }
}

/** `FR-001`, `FR-002`, ... items in the block's own format. */
export function ids(prefix: string, texts: string[], { start = 1, digits = 3, separator = '-' } = {}): { id: string; text: string }[] {
  return texts.map((text, k) => ({ id: formatId({ prefix, separator, digits }, start + k), text }));
}

function findByTitle(sections: DraftSection[], title: string): DraftSection | undefined {
  for (const section of sections) {
    if (section.title === title) return section;
    const inner = findByTitle(section.children, title);
    if (inner) return inner;
  }
  return undefined;
}
