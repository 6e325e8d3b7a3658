import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import type { ValueOf } from '../blocks/block-kind-module';
import type { BlockChange } from './block-change';
import { blockComparers, diffEntries } from './block-comparers';
import { CHANGES_KIND, CHANGES_VERSION, type BlockPlace, type ChangeList, type DraftChange, type SectionSetting } from './draft-change';

const SETTINGS: readonly SectionSetting[] = ['enabled', 'absent', 'level', 'templateSectionId'];

/** The changes from `before` to `after`, in document order: what a reviewer asks for when they say "what changed since I read it?". */
export function compareDrafts(before: Draft, after: Draft): ChangeList {
  const changes: DraftChange[] = [];
  if (before.name !== after.name) changes.push({ type: 'name', before: before.name, after: after.name });
  if (before.titleText !== after.titleText) changes.push({ type: 'text', field: 'titleText', before: before.titleText, after: after.titleText });
  for (const change of diffEntries(before.frontmatter, after.frontmatter)) changes.push({ type: 'entry', record: 'frontmatter', change });
  for (const change of diffEntries(before.metadata, after.metadata)) changes.push({ type: 'entry', record: 'metadata', change });
  compareBlocks('@preamble', before.preamble, after.preamble, changes);
  compareSections(null, before.sections, after.sections, changes);
  compareBlocks('@footer', before.footer, after.footer, changes);
  return { kind: CHANGES_KIND, version: CHANGES_VERSION, changes };
}

function compareBlocks(place: BlockPlace, before: BlockValue[], after: BlockValue[], out: DraftChange[]): void {
  const sameShape = before.length === after.length && before.every((v, k) => v.blockId === after[k]!.blockId && v.kind === after[k]!.kind);
  if (!sameShape) {
    out.push({ type: 'blocks', place, before, after });
    return;
  }
  before.forEach((value, k) => {
    const change = compareBlock(value, after[k]!);
    if (change) out.push({ type: 'block', place, blockId: value.blockId, change });
  });
}

function compareBlock(before: BlockValue, after: BlockValue): BlockChange | null {
  const comparer = blockComparers[before.kind] as { diff: (a: ValueOf<typeof before.kind>, b: ValueOf<typeof before.kind>) => BlockChange | null };
  return comparer.diff(before, after);
}

function hasDuplicateIds(list: DraftSection[]): boolean {
  return new Set(list.map((s) => s.id)).size !== list.length;
}

function compareSections(parentId: string | null, before: DraftSection[], after: DraftSection[], out: DraftChange[]): void {
  if (hasDuplicateIds(before) || hasDuplicateIds(after)) {
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ type: 'sections', parentId, before, after });
    return;
  }
  const afterById = new Map(after.map((s) => [s.id, s]));
  const beforeIds = new Set(before.map((s) => s.id));
  for (const section of before) if (!afterById.has(section.id)) out.push({ type: 'section-removed', parentId, section });
  const kept = before.filter((s) => afterById.has(s.id));
  const keptInNewOrder = after.filter((s) => beforeIds.has(s.id)).map((s) => s.id);
  if (kept.some((s, k) => s.id !== keptInNewOrder[k])) out.push({ type: 'section-order', parentId, ids: keptInNewOrder });
  // In the new order, so the list reads like the document it describes.
  after.forEach((section, index) => {
    const old = before.find((s) => s.id === section.id);
    if (!old) {
      out.push({ type: 'section-added', parentId, index, section });
      return;
    }
    if (old.title !== section.title) out.push({ type: 'section-renamed', id: section.id, before: old.title, after: section.title });
    for (const setting of SETTINGS) {
      if (old[setting] !== section[setting]) out.push({ type: 'section-setting', id: section.id, setting, before: old[setting], after: section[setting] });
    }
    compareBlocks({ sectionId: section.id }, old.blocks, section.blocks, out);
    compareSections(section.id, old.children, section.children, out);
  });
}
