import { readFileSync } from 'node:fs';
import { createDraft } from '../../draft/create-draft';
import type { BlockValue, Draft } from '../../draft/draft-schema';
import { formatId } from '../../draft/id-list-edits';
import { findDraftSection, setBlockValue, setMetadataValue, setFrontmatterValue, setSectionEnabled, setSectionTitle, setTitleText } from '../../draft/section-edits';
import { templateLookup } from '../../draft/template-lookup';
import { parseTemplate } from '../../template/parse-template';

const NOW = new Date('2026-11-21T09:30:00Z');

/** A fresh draft of a built-in template (`templates/`) or a reference one (`../shared/reference-templates/` is beside the repo, so by path). */
export function freshDraft(file: string): Draft {
  const path = file.includes('/') ? file : new URL(`../../../../templates/${file}`, import.meta.url);
  const { template } = parseTemplate(readFileSync(path, 'utf8'), { id: (file.split('/').pop() ?? file).replace(/\.md$/, '') });
  return createDraft(template, { id: 'draft-1', now: NOW });
}

type ValueOf<K extends BlockValue['kind']> = Extract<BlockValue, { kind: K }>;

/**
 * Fills a draft the way a person would in the editor, by block id. Each call
 * checks that the block exists and is of the kind expected, so a fixture
 * cannot silently fill nothing.
 */
export class DraftFiller {
  constructor(public draft: Draft) {}

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

  heading(sectionId: string, title: string): this {
    this.mustFind(sectionId);
    this.draft = setSectionTitle(this.draft, sectionId, title);
    return this;
  }

  off(sectionId: string): this {
    this.mustFind(sectionId);
    this.draft = setSectionEnabled(this.draft, sectionId, false);
    return this;
  }

  prose(blockId: string, markdown: string): this {
    return this.edit(blockId, 'prose', (v) => ({ ...v, markdown }));
  }

  list(blockId: string, items: string[]): this {
    return this.edit(blockId, 'list', (v) => ({ ...v, items }));
  }

  fields(blockId: string, values: Record<string, string>): this {
    return this.edit(blockId, 'fields', (v) => {
      for (const key of Object.keys(values)) if (!(key in v.values)) throw new Error(`${blockId} has no field ${key}`);
      return { ...v, values: { ...v.values, ...values } };
    });
  }

  /** Texts for an ID list, numbered the template's way from the list's first ID. */
  ids(blockId: string, texts: string[]): this {
    const block = templateLookup(this.draft.template).blocks.get(blockId);
    if (block?.kind !== 'idList') throw new Error(`${blockId} is not an ID list`);
    return this.edit(blockId, 'idList', (v) => {
      const start = Number(/(\d+)$/.exec(v.items[0]?.id ?? '')?.[1] ?? 1);
      return { ...v, items: texts.map((text, k) => ({ id: formatId(block, start + k), text, ...(block.style === 'checklist' ? { checked: false } : {}) })) };
    });
  }

  scenarios(blockId: string, items: [given: string, when: string, then: string][]): this {
    return this.edit(blockId, 'scenarios', (v) => ({ ...v, items: items.map(([given, when, then]) => ({ given, when, then })) }));
  }

  definitions(blockId: string, items: [term: string, text: string][]): this {
    return this.edit(blockId, 'definitions', (v) => ({ ...v, items: items.map(([term, text]) => ({ term, text })) }));
  }

  table(blockId: string, rows: string[][]): this {
    return this.edit(blockId, 'table', (v) => ({ ...v, rows }));
  }

  code(blockId: string, code: string): this {
    return this.edit(blockId, 'code', (v) => ({ ...v, code }));
  }

  checklist(blockId: string, items: string[]): this {
    return this.edit(blockId, 'checklist', (v) => ({ ...v, items: items.map((text) => ({ checked: false, text })) }));
  }

  edit<K extends BlockValue['kind']>(blockId: string, kind: K, recipe: (value: ValueOf<K>) => ValueOf<K>): this {
    return this.editIn(blockId.slice(0, blockId.lastIndexOf('#')), blockId, kind, recipe);
  }

  /** For sections whose id is not their blocks' prefix: group items added by the user (`...-p1@4`). */
  editIn<K extends BlockValue['kind']>(place: string, blockId: string, kind: K, recipe: (value: ValueOf<K>) => ValueOf<K>): this {
    const values = place === '@preamble' ? this.draft.preamble : place === '@footer' ? this.draft.footer : this.mustFind(place).blocks;
    const value = values.find((v) => v.blockId === blockId);
    if (!value || value.kind !== kind) throw new Error(`${blockId} is not a ${kind} block (found ${value?.kind ?? 'nothing'})`);
    this.draft = setBlockValue(this.draft, place, recipe(value as ValueOf<K>));
    return this;
  }

  private mustFind(sectionId: string) {
    const section = findDraftSection(this.draft.sections, sectionId);
    if (!section) throw new Error(`No section ${sectionId}`);
    return section;
  }
}
