import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import type { ValueOf } from '../blocks/block-kind-module';
import type { BlockChange } from './block-change';
import { applyEntries, blockComparers } from './block-comparers';
import type { BlockPlace, ChangeList, DraftChange } from './draft-change';

type Content = Pick<Draft, 'name' | 'titleText' | 'frontmatter' | 'metadata' | 'preamble' | 'sections' | 'footer'>;

const placeKey = (place: BlockPlace) => (typeof place === 'string' ? place : `#${place.sectionId}`);

/**
 * `draft` with the changes applied: the draft the change list was made to.
 * Throws (and changes nothing) when the list was made from another draft.
 */
export function applyChanges<D extends Content>(draft: D, list: ChangeList): D {
  const byPlace = new Map<string, DraftChange[]>();
  const byParent = new Map<string, DraftChange[]>();
  const bySection = new Map<string, DraftChange[]>();
  const push = (map: Map<string, DraftChange[]>, key: string, change: DraftChange) => map.set(key, [...(map.get(key) ?? []), change]);
  let next: D = { ...draft };
  for (const change of list.changes) {
    switch (change.type) {
      case 'name':
        if (next.name !== change.before) throw new Error('These changes were made from a draft with another name.');
        next = { ...next, name: change.after };
        break;
      case 'text':
        if (next[change.field] !== change.before) throw new Error('These changes were made from a draft with another title.');
        next = { ...next, [change.field]: change.after };
        break;
      case 'entry':
        next = { ...next, [change.record]: applyEntries(next[change.record], [change.change]) };
        break;
      case 'blocks':
      case 'block':
        push(byPlace, placeKey(change.place), change);
        break;
      case 'section-added':
      case 'section-removed':
      case 'section-order':
      case 'sections':
        push(byParent, change.parentId ?? '', change);
        break;
      case 'section-renamed':
      case 'section-setting':
        push(bySection, change.id, change);
        break;
    }
  }
  const blocksAt = (place: BlockPlace, blocks: BlockValue[]) => applyBlocks(blocks, byPlace.get(placeKey(place)) ?? []);
  const sectionsUnder = (parentId: string | null, sections: DraftSection[]): DraftSection[] => {
    const changes = byParent.get(parentId ?? '') ?? [];
    const replaced = changes.find((c) => c.type === 'sections');
    if (replaced) return replaced.after;
    const removed = new Set(changes.flatMap((c) => (c.type === 'section-removed' ? [c.section.id] : [])));
    let list = sections.filter((s) => !removed.has(s.id)).map((s) => applySection(s));
    const order = changes.find((c) => c.type === 'section-order');
    if (order) list = order.ids.map((id) => list.find((s) => s.id === id) ?? missing(id));
    const added = changes.flatMap((c) => (c.type === 'section-added' ? [c] : [])).sort((a, b) => a.index - b.index);
    for (const a of added) list.splice(a.index, 0, a.section);
    return list;
  };
  const applySection = (section: DraftSection): DraftSection => {
    let next: DraftSection = { ...section };
    for (const change of bySection.get(section.id) ?? []) {
      if (change.type === 'section-renamed') next.title = change.after;
      else if (change.type === 'section-setting') next = withSetting(next, change.setting, change.after);
    }
    return { ...next, blocks: blocksAt({ sectionId: section.id }, section.blocks), children: sectionsUnder(section.id, section.children) };
  };
  return { ...next, preamble: blocksAt('@preamble', next.preamble), sections: sectionsUnder(null, next.sections), footer: blocksAt('@footer', next.footer) };
}

function withSetting(section: DraftSection, setting: string, value: unknown): DraftSection {
  const next: Record<string, unknown> = { ...section, [setting]: value };
  // `absent` is optional: a section that no longer has it has no key at all.
  if (value === undefined) delete next[setting];
  return next as DraftSection;
}

function missing(id: string): never {
  throw new Error(`These changes were made from a draft with a section “${id}” this one does not have.`);
}

function applyBlocks(blocks: BlockValue[], changes: DraftChange[]): BlockValue[] {
  const replaced = changes.find((c) => c.type === 'blocks');
  if (replaced) return replaced.after;
  return blocks.map((value) => {
    const change = changes.find((c) => c.type === 'block' && c.blockId === value.blockId);
    return change?.type === 'block' ? applyBlock(value, change.change) : value;
  });
}

function applyBlock(value: BlockValue, change: BlockChange): BlockValue {
  if (value.kind !== change.kind) throw new Error(`These changes were made to a ${change.kind} block, not a ${value.kind} block.`);
  const comparer = blockComparers[value.kind] as { apply: (v: ValueOf<typeof value.kind>, c: BlockChange) => BlockValue };
  return comparer.apply(value, change);
}
