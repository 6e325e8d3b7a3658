/** Where a finding points and where it sorts. */
export type Place = {
  /** The draft section, or null for the document itself. */
  sectionId: string | null;
  /** Pre-order position of the section; -1 for the document, which comes first. */
  order: number;
  /** Position within the section or document: negative for the section itself (heading, emptiness), else the block's index. */
  slot: number;
  blockId?: string;
};

export const DOCUMENT_ORDER = -1;

/** Slots for the parts of the document outside sections, in the order they are written. */
export const DOCUMENT_SLOTS = { title: -4, frontmatter: -3, metadata: -2, whole: -1, footer: 1_000_000, summary: 2_000_000 } as const;

export function documentPlace(slot: number, blockId?: string): Place {
  return blockId === undefined ? { sectionId: null, order: DOCUMENT_ORDER, slot } : { sectionId: null, order: DOCUMENT_ORDER, slot, blockId };
}
