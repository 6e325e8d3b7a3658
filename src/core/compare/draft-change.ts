import type { BlockValue, DraftSection } from '../draft/draft-schema';
import type { BlockChange, EntryChange } from './block-change';

/** Where blocks sit: before the first section, after the last, or in a section (by id). */
export type BlockPlace = '@preamble' | '@footer' | { sectionId: string };

/** A section's own settings besides its title, blocks and children. */
export type SectionSetting = 'enabled' | 'absent' | 'level' | 'templateSectionId';

/**
 * One change from an old draft to a new one. Each carries what it replaces,
 * so the list can be read on its own (the "what changed" panel, the Markdown
 * note, the OpenSpec delta) and applied back to the old draft to give the new
 * one exactly (`applyChanges`).
 */
export type DraftChange =
  | { type: 'text'; field: 'titleText'; before: string; after: string }
  | { type: 'name'; before: string | null; after: string | null }
  | { type: 'entry'; record: 'metadata' | 'frontmatter'; change: EntryChange }
  /** The blocks at a place are not the same template blocks any more (another template): replaced as a whole. */
  | { type: 'blocks'; place: BlockPlace; before: BlockValue[]; after: BlockValue[] }
  | { type: 'block'; place: BlockPlace; blockId: string; change: BlockChange }
  | { type: 'section-added'; parentId: string | null; index: number; section: DraftSection }
  | { type: 'section-removed'; parentId: string | null; section: DraftSection }
  | { type: 'section-renamed'; id: string; before: string; after: string }
  | { type: 'section-setting'; id: string; setting: SectionSetting; before: unknown; after: unknown }
  /** The sections both versions have under a parent, in the new order. */
  | { type: 'section-order'; parentId: string | null; ids: string[] }
  /** A list of sections that cannot be matched by id (the same id twice): replaced as a whole. */
  | { type: 'sections'; parentId: string | null; before: DraftSection[]; after: DraftSection[] };

export const CHANGES_KIND = 'specwright/changes';
export const CHANGES_VERSION = 1;

export type ChangeList = { kind: typeof CHANGES_KIND; version: typeof CHANGES_VERSION; changes: DraftChange[] };
