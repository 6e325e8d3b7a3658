import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { ownValue } from '../payload/own-value';
import { partKey } from './part-key';

/** One part of a draft with the value export compares against its baseline. */
export type DraftPart = { key: string; value: unknown };

/**
 * Every part of a draft that an Origin can hold lines for, in document
 * order. The same list makes an import's baselines and tells export which
 * parts are still there (a removed group item's lines are not written).
 */
export function draftParts(draft: Draft): DraftPart[] {
  const parts: DraftPart[] = [{ key: partKey({ kind: 'frontmatter' }), value: null }];
  for (const key of Object.keys(draft.frontmatter)) parts.push({ key: partKey({ kind: 'frontmatter-key', key }), value: ownValue(draft.frontmatter, key) ?? '' });
  parts.push({ key: partKey({ kind: 'title' }), value: draft.titleText });
  for (const key of Object.keys(draft.metadata)) parts.push({ key: partKey({ kind: 'metadata', key }), value: ownValue(draft.metadata, key) ?? '' });
  parts.push(...valueParts(draft.preamble, 'preamble', null));
  const visit = (section: DraftSection) => {
    parts.push({ key: partKey({ kind: 'section', sectionId: section.id }), value: null });
    parts.push({ key: partKey({ kind: 'heading', sectionId: section.id }), value: headingValue(section) });
    parts.push(...valueParts(section.blocks, 'section', section.id));
    section.children.forEach(visit);
  };
  draft.sections.forEach(visit);
  parts.push(...valueParts(draft.footer, 'footer', null));
  return parts;
}

/** What a heading's lines say: its text and level. */
export function headingValue(section: DraftSection): unknown {
  return { title: section.title, level: section.level };
}

function valueParts(values: BlockValue[], place: 'preamble' | 'footer' | 'section', owner: string | null): DraftPart[] {
  return values.map((value) => ({ key: partKey({ kind: 'value', place, owner, blockId: value.blockId }), value }));
}
