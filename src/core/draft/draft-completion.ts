import { hasPlaceholder } from '../template/find-placeholders';
import type { BlockValue, Draft, DraftSection } from './draft-schema';
import { initialBlockValue } from './initial-values';
import { templateLookup } from './template-lookup';

export type Completion = { filled: number; total: number };
export type SectionState = 'empty' | 'started' | 'complete';

/**
 * Each editable value counts once. A value is filled when it has text, no
 * template placeholder is left in it, and it is not the template's own
 * example text (an untouched example code block is not the user's work).
 */
export function blockCompletion(draft: Draft, value: BlockValue): Completion {
  const block = templateLookup(draft.template).blocks.get(value.blockId);
  const template = block ? initialBlockValue(block, '') : null;
  const examples = new Set(template ? valueTexts(template).filter((t) => t.trim() !== '') : []);
  const texts = valueTexts(value);
  return { filled: texts.filter((t) => isFilled(t) && !examples.has(t)).length, total: texts.length };
}

/** A section's own values and those of its switched-on subsections. */
export function sectionCompletion(draft: Draft, section: DraftSection): Completion {
  return sum([...section.blocks.map((b) => blockCompletion(draft, b)), ...section.children.filter((c) => c.enabled).map((c) => sectionCompletion(draft, c))]);
}

export function sectionState(draft: Draft, section: DraftSection): SectionState {
  const { filled, total } = sectionCompletion(draft, section);
  if (filled === 0) return 'empty';
  return filled === total ? 'complete' : 'started';
}

/** The whole draft, switched-off sections left out. */
export function draftCompletion(draft: Draft): Completion {
  const fields = [...Object.values(draft.frontmatter), ...Object.values(draft.metadata), ...(draft.template.title ? [draft.titleText] : [])];
  return sum([
    { filled: fields.filter(isFilled).length, total: fields.length },
    ...[...draft.preamble, ...draft.footer].map((b) => blockCompletion(draft, b)),
    ...draft.sections.filter((s) => s.enabled).map((s) => sectionCompletion(draft, s)),
  ]);
}

function valueTexts(value: BlockValue): string[] {
  switch (value.kind) {
    case 'prose':
      return [value.markdown];
    case 'fields':
      return Object.values(value.values);
    case 'definitions':
      return value.items.flatMap((i) => [i.term, i.text]);
    case 'idList':
    case 'checklist':
      return value.items.map((i) => i.text);
    case 'scenarios':
      return value.items.flatMap((s) => [s.given, s.when, s.then]);
    case 'table':
      return value.rows.flat();
    case 'code':
      return [value.code];
    case 'list':
      return value.items;
  }
}

function isFilled(text: string): boolean {
  return text.trim() !== '' && !hasPlaceholder(text);
}

function sum(parts: Completion[]): Completion {
  return parts.reduce((a, b) => ({ filled: a.filled + b.filled, total: a.total + b.total }), { filled: 0, total: 0 });
}
