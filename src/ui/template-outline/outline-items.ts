import type { RepeatGroup, Section } from '../../core/template/schema';

export type OutlineItem =
  | { kind: 'section'; section: Section }
  | { kind: 'group'; group: RepeatGroup; items: Section[] };

/**
 * Sibling sections in document order, with the items of a repeatable group
 * (`User Story 1/2/3`) gathered into one entry where the group starts.
 */
export function outlineItems(sections: readonly Section[], groups: readonly RepeatGroup[]): OutlineItem[] {
  const groupOfItem = new Map<string, RepeatGroup>();
  for (const group of groups) {
    for (const itemId of group.itemIds) groupOfItem.set(itemId, group);
  }

  const out: OutlineItem[] = [];
  const itemsOfGroup = new Map<string, Section[]>();
  for (const section of sections) {
    const group = groupOfItem.get(section.id);
    if (!group) {
      out.push({ kind: 'section', section });
      continue;
    }
    const items = itemsOfGroup.get(group.id);
    if (items) {
      items.push(section);
    } else {
      const first = [section];
      itemsOfGroup.set(group.id, first);
      out.push({ kind: 'group', group, items: first });
    }
  }
  return out;
}
