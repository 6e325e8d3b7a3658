import * as Y from 'yjs';

/**
 * How a draft is laid out in a `Y.Doc` (every draft is one; see
 * draft-to-doc.ts and doc-to-draft.ts). Everything is under one root map,
 * `doc.getMap(DRAFT_ROOT)`, shaped like the Draft itself:
 *
 * - objects are `Y.Map`s and arrays `Y.Array`s, so a section, a block or an
 *   item added in one tab and another added in another tab are both kept;
 * - text a person types (the title, headings, item texts, table cells, list
 *   items, code) is a `Y.Text`, so two people typing in one item both keep
 *   their words;
 * - text records (frontmatter, metadata, a fields block's values) are a
 *   `Y.Array` of `Y.Map { key, text: Y.Text }`, keeping the keys' order and
 *   keys like `__proto__` as plain data;
 * - identities and choices (`id`, `kind`, `blockId`, `name`, times, `lang`,
 *   `checked`, `enabled`, ...) are plain values, last writer wins;
 * - the template snapshot and the lossless `origin` are JSON strings, never
 *   edited in place (they are replaced whole or not at all);
 * - a prose block keeps its Markdown in `markdown` (what export and checks
 *   read, byte for byte as imported until edited) and has a
 *   `Y.XmlFragment` under `fragment` that TipTap's Collaboration extension
 *   edits (`@tiptap/y-tiptap`). `fragmentOf` is the Markdown the fragment was
 *   last written as; when `markdown` differs (it was changed by something
 *   other than the live editor: undo, import, a new template version), the
 *   editor seeds the fragment again from `markdown` when it opens. Both are
 *   doc-only: they are not part of the Draft.
 *
 * `DRAFT_DOC_VERSION` is stored under `docVersion`; a doc of a newer layout
 * is not read (listed as unreadable), like a record of a newer format.
 */
export const DRAFT_ROOT = 'draft';
export const DRAFT_DOC_VERSION = 1;
export const DOC_VERSION_KEY = 'docVersion';

/** String values kept as `Y.Text` (merged character by character); other strings are plain values. */
export const TEXT_KEYS: ReadonlySet<string> = new Set(['titleText', 'title', 'text', 'term', 'given', 'when', 'then', 'code']);
/** Text records by key: ordered `{ key, text }` entries. */
export const RECORD_KEYS: ReadonlySet<string> = new Set(['frontmatter', 'metadata', 'values']);
/** Values stored as JSON text: large, and never edited in place. */
export const JSON_KEYS: ReadonlySet<string> = new Set(['template', 'origin']);
/** Keys of the doc that are not part of the Draft. */
export const DOC_ONLY_KEYS: ReadonlySet<string> = new Set(['fragment', 'fragmentOf', 'docVersion']);

export const PROSE_FRAGMENT_KEY = 'fragment';
export const PROSE_FRAGMENT_OF_KEY = 'fragmentOf';

export function draftRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DRAFT_ROOT);
}

/** Where a block sits in a draft: in a section (by its id), or in the preamble or footer. */
export type ProsePlace = { area: 'section'; sectionId: string; blockId: string } | { area: 'preamble' | 'footer'; blockId: string };

/** A prose block's shared parts: its map (`markdown`, `fragmentOf`) and the fragment the live editor edits. */
export type ProseBlockDoc = { block: Y.Map<unknown>; fragment: Y.XmlFragment };

/** The prose block at `place`, or null when the doc has none there. */
export function proseBlockAt(doc: Y.Doc, place: ProsePlace): ProseBlockDoc | null {
  const root = draftRoot(doc);
  const blocks = place.area === 'section' ? sectionBlocks(root.get('sections'), place.sectionId) : root.get(place.area);
  if (!(blocks instanceof Y.Array)) return null;
  for (const block of blocks.toArray()) {
    if (!(block instanceof Y.Map) || block.get('blockId') !== place.blockId || block.get('kind') !== 'prose') continue;
    const fragment = block.get(PROSE_FRAGMENT_KEY);
    return fragment instanceof Y.XmlFragment ? { block, fragment } : null;
  }
  return null;
}

/** The section map with this id, anywhere in the tree. */
export function sectionAt(doc: Y.Doc, sectionId: string): Y.Map<unknown> | null {
  return findSection(draftRoot(doc).get('sections'), sectionId);
}

function findSection(sections: unknown, sectionId: string): Y.Map<unknown> | null {
  if (!(sections instanceof Y.Array)) return null;
  for (const section of sections.toArray()) {
    if (!(section instanceof Y.Map)) continue;
    if (section.get('id') === sectionId) return section;
    const inner = findSection(section.get('children'), sectionId);
    if (inner) return inner;
  }
  return null;
}

function sectionBlocks(sections: unknown, sectionId: string): unknown {
  return findSection(sections, sectionId)?.get('blocks');
}
