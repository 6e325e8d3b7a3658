/**
 * The key of one part of a draft in its Origin. Parts are named by what they
 * are and by ids the draft keeps for their lifetime, so a part keeps its key
 * through any edit; JSON keeps ids with any characters apart.
 */
export type PartRef =
  | { kind: 'frontmatter' }
  | { kind: 'frontmatter-key'; key: string }
  | { kind: 'title' }
  | { kind: 'metadata'; key: string }
  | { kind: 'section'; sectionId: string }
  | { kind: 'heading'; sectionId: string }
  /** `owner` is a section id, or null with `place` for the preamble and footer. */
  | { kind: 'value'; place: 'preamble' | 'footer' | 'section'; owner: string | null; blockId: string };

export function partKey(ref: PartRef): string {
  switch (ref.kind) {
    case 'frontmatter':
    case 'title':
      return JSON.stringify([ref.kind]);
    case 'frontmatter-key':
    case 'metadata':
      return JSON.stringify([ref.kind, ref.key]);
    case 'section':
    case 'heading':
      return JSON.stringify([ref.kind, ref.sectionId]);
    case 'value':
      return JSON.stringify([ref.kind, ref.place, ref.owner, ref.blockId]);
  }
}
