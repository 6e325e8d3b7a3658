import type { RepeatGroup } from '../template/schema';
import { continueCounting, countingNumbers } from './counting-numbers';
import { sectionFromTemplate } from './create-draft';
import type { Draft, DraftSection } from './draft-schema';
import { renumberIds } from './id-list-edits';
import { updateSection } from './section-edits';
import { templateLookup } from './template-lookup';

/** What removeSection took out, enough to put it back where it was. */
export type RemovedSection = { section: DraftSection; parentId: string | null; index: number };

/** The draft's items of a group, in order: the template's own and the ones added. */
export function groupItems(draft: Draft, group: RepeatGroup): DraftSection[] {
  const members = new Set(group.itemIds);
  return siblingsOf(draft, group.parentId).filter((s) => s.templateSectionId !== null && members.has(s.templateSectionId));
}

/** Adds an item with the group's structure and the next number (and next priority, see counting-numbers), after the last one. */
export function addGroupItem(draft: Draft, groupId: string, now: Date): { draft: Draft; sectionId: string } {
  const group = draft.template.groups.find((g) => g.id === groupId);
  const prototype = group && templateLookup(draft.template).sections.get(group.prototypeId);
  if (!group || !prototype) return { draft, sectionId: '' };
  const items = groupItems(draft, group);
  const taken = new Set(allIds(draft.sections));
  let k = items.length + 1;
  while (taken.has(`${prototype.id}@${k}`)) k++;
  const copy = sectionFromTemplate(prototype, `${prototype.id}@${k}`, now.toISOString().slice(0, 10));
  const lookup = templateLookup(draft.template);
  const templateTitles = group.itemIds.map((id) => lookup.sections.get(id)?.title ?? '');
  const title = continueCounting(copy.title, countingNumbers(templateTitles, group.label), items.map((s) => s.title));
  const section = continueIds({ ...copy, title }, draft);
  const last = items[items.length - 1];
  const siblings = siblingsOf(draft, group.parentId);
  const at = last ? siblings.indexOf(last) + 1 : siblings.length;
  const inserted = withSiblings(draft, group.parentId, [...siblings.slice(0, at), section, ...siblings.slice(at)]);
  return { draft: renumberGroup(inserted, group), sectionId: section.id };
}

export function removeSection(draft: Draft, id: string): { draft: Draft; removed: RemovedSection | null } {
  const parentId = parentOf(draft.sections, id, null);
  if (parentId === undefined) return { draft, removed: null };
  const siblings = siblingsOf(draft, parentId);
  const index = siblings.findIndex((s) => s.id === id);
  const removed = { section: siblings[index]!, parentId, index };
  const next = withSiblings(draft, parentId, siblings.filter((s) => s.id !== id));
  return { draft: renumberAll(next), removed };
}

/** Undo of removeSection. */
export function restoreSection(draft: Draft, removed: RemovedSection): Draft {
  const siblings = siblingsOf(draft, removed.parentId);
  const at = Math.min(removed.index, siblings.length);
  return renumberAll(withSiblings(draft, removed.parentId, [...siblings.slice(0, at), removed.section, ...siblings.slice(at)]));
}

/**
 * A copied item's ID lists go on after the highest ID of the same prefix in the
 * draft (spec-kit tasks: a new phase gets T029.., not another T010..), so a
 * new item never brings duplicate IDs.
 */
function continueIds(section: DraftSection, draft: Draft): DraftSection {
  const blocks = templateLookup(draft.template).blocks;
  const highest = new Map<string, number>();
  const visit = (list: DraftSection[]) => {
    for (const s of list) {
      for (const value of s.blocks) {
        const block = blocks.get(value.blockId);
        if (value.kind !== 'idList' || block?.kind !== 'idList') continue;
        for (const item of value.items) {
          const n = Number(/(\d+)$/.exec(item.id)?.[1] ?? 0);
          highest.set(block.prefix, Math.max(highest.get(block.prefix) ?? 0, n));
        }
      }
      visit(s.children);
    }
  };
  visit(draft.sections);
  const renumber = (s: DraftSection): DraftSection => ({
    ...s,
    blocks: s.blocks.map((value) => {
      const block = blocks.get(value.blockId);
      if (value.kind !== 'idList' || block?.kind !== 'idList' || value.items.length === 0) return value;
      const start = (highest.get(block.prefix) ?? 0) + 1;
      highest.set(block.prefix, start + value.items.length - 1);
      return { ...value, items: renumberIds(value.items, block, start) };
    }),
    children: s.children.map(renumber),
  });
  return renumber(section);
}

/** `User Story 3 - Login` -> `User Story 4 - Login`, `[Category 2]` -> `[Category 3]`: the number after the group's label follows the item's place. */
function renumberGroup(draft: Draft, group: RepeatGroup): Draft {
  const items = groupItems(draft, group);
  const first = new RegExp(`^(\\[?${escape(group.label)}\\s+)(\\d+)`, 'i'); // `[Category 2]` too
  const templateFirst = templateLookup(draft.template).sections.get(group.itemIds[0] ?? '');
  const start = Number(first.exec(templateFirst?.title ?? '')?.[2] ?? 1);
  let next = draft;
  items.forEach((item, k) => {
    const title = item.title.replace(first, (_m, label: string) => `${label}${start + k}`);
    if (title !== item.title) next = updateSection(next, item.id, (s) => ({ ...s, title }));
  });
  return next;
}

function renumberAll(draft: Draft): Draft {
  return draft.template.groups.reduce(renumberGroup, draft);
}

function siblingsOf(draft: Draft, parentId: string | null): DraftSection[] {
  if (parentId === null) return draft.sections;
  const find = (sections: DraftSection[]): DraftSection | undefined => {
    for (const s of sections) {
      if (s.id === parentId) return s;
      const inner = find(s.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(draft.sections)?.children ?? [];
}

function withSiblings(draft: Draft, parentId: string | null, siblings: DraftSection[]): Draft {
  if (parentId === null) return { ...draft, sections: siblings };
  return updateSection(draft, parentId, (s) => ({ ...s, children: siblings }));
}

/** The parent's id (null at the top), or undefined when no section has this id. */
function parentOf(sections: DraftSection[], id: string, parentId: string | null): string | null | undefined {
  for (const s of sections) {
    if (s.id === id) return parentId;
    const inner = parentOf(s.children, id, s.id);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function allIds(sections: DraftSection[]): string[] {
  return sections.flatMap((s) => [s.id, ...allIds(s.children)]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
