import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';

/** An item that came in as a second holder of an ID (two people added one at once) and got the next free one. */
export type RenumberedId = { sectionTitle: string | null; from: string; to: string; text: string };

/**
 * Two people who each add a requirement at the end of FR-001..FR-002 both
 * make an FR-003; once their edits merge, the list holds two. This gives every
 * item after the first holder of an ID the next number the list does not use,
 * in list order, and says which it changed. It is deterministic (the same
 * merged list gives the same result in every browser), so two browsers doing
 * it at once write the same IDs. Returns the same draft when nothing repeats.
 */
export function renumberDuplicateIds(draft: Draft): { draft: Draft; renumbered: RenumberedId[] } {
  const renumbered: RenumberedId[] = [];
  const blocks = (values: BlockValue[], sectionTitle: string | null): BlockValue[] => {
    let changed = false;
    const next = values.map((value) => {
      if (value.kind !== 'idList') return value;
      const items = renumberItems(value.items, sectionTitle, renumbered);
      if (items === value.items) return value;
      changed = true;
      return { ...value, items };
    });
    return changed ? next : values;
  };
  const sections = (list: DraftSection[]): DraftSection[] => {
    let changed = false;
    const next = list.map((section) => {
      const nextBlocks = blocks(section.blocks, section.title);
      const children = sections(section.children);
      if (nextBlocks === section.blocks && children === section.children) return section;
      changed = true;
      return { ...section, blocks: nextBlocks, children };
    });
    return changed ? next : list;
  };
  const preamble = blocks(draft.preamble, null);
  const nextSections = sections(draft.sections);
  const footer = blocks(draft.footer, null);
  if (renumbered.length === 0) return { draft, renumbered };
  return { draft: { ...draft, preamble, sections: nextSections, footer }, renumbered };
}

type Item = { id: string; text: string; checked?: boolean };

function renumberItems<T extends Item>(items: T[], sectionTitle: string | null, renumbered: RenumberedId[]): T[] {
  const seen = new Set<string>();
  const used = new Set(items.map((item) => item.id));
  let next: T[] | null = null;
  items.forEach((item, index) => {
    if (!seen.has(item.id) || item.id === '') {
      seen.add(item.id);
      return;
    }
    const to = nextFreeId(item.id, used);
    if (to === null) return;
    used.add(to);
    seen.add(to);
    next ??= items.slice();
    next[index] = { ...item, id: to };
    renumbered.push({ sectionTitle, from: item.id, to, text: item.text });
  });
  return next ?? items;
}

/** `FR-003` with FR-001..FR-004 taken -> `FR-005`: the same prefix and width, the next number not in use. */
function nextFreeId(id: string, used: ReadonlySet<string>): string | null {
  const match = /^(.*?)(\d+)$/.exec(id);
  if (!match) return null;
  const [, prefix = '', digits = ''] = match;
  let highest = 0;
  for (const other of used) {
    if (!other.startsWith(prefix)) continue;
    const rest = other.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${String(highest + 1).padStart(digits.length, '0')}`;
}
