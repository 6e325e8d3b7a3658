import { templateExamples } from '../blocks/template-examples';
import { valueTexts } from '../blocks/value-texts';
import { hasPlaceholder } from '../template/find-placeholders';
import type { BlockValue, Draft, DraftSection } from './draft-schema';
import { templateLookup } from './template-lookup';

export type Completion = { filled: number; total: number };
export type SectionState = 'empty' | 'started' | 'complete';

/**
 * Each editable value counts once. A value is filled when it has text, no
 * template placeholder is left in it, and it is not the template's own
 * example text (an untouched example code block is not the user's work).
 */
export function blockCompletion(draft: Draft, value: BlockValue): Completion {
  const cached = completions.get(value);
  if (cached?.template === draft.template) return cached.completion;
  const examples = templateExamples(templateLookup(draft.template).blocks.get(value.blockId));
  const texts = valueTexts(value);
  const completion = { filled: texts.filter((t) => isFilled(t) && !examples.has(t)).length, total: texts.length };
  completions.set(value, { template: draft.template, completion });
  return completion;
}

// Drafts are immutable: a value object that has not changed has the same completion under the same
// template, so the outline works out only the values an edit replaced.
const completions = new WeakMap<BlockValue, { template: Draft['template']; completion: Completion }>();

/** A section's own values and those of its switched-on subsections. */
export function sectionCompletion(draft: Draft, section: DraftSection): Completion {
  return sum([...section.blocks.map((b) => blockCompletion(draft, b)), ...section.children.filter((c) => c.enabled && !c.absent).map((c) => sectionCompletion(draft, c))]);
}

export function sectionState(draft: Draft, section: DraftSection): SectionState {
  const { filled, total } = sectionCompletion(draft, section);
  if (filled === 0) return 'empty';
  return filled === total ? 'complete' : 'started';
}

/** The whole draft, switched-off sections and those not in an imported document left out. */
export function draftCompletion(draft: Draft): Completion {
  const fields = [...Object.values(draft.frontmatter), ...Object.values(draft.metadata), ...(draft.template.title ? [draft.titleText] : [])];
  return sum([
    { filled: fields.filter(isFilled).length, total: fields.length },
    ...[...draft.preamble, ...draft.footer].map((b) => blockCompletion(draft, b)),
    ...draft.sections.filter((s) => s.enabled && !s.absent).map((s) => sectionCompletion(draft, s)),
  ]);
}

function isFilled(text: string): boolean {
  return text.trim() !== '' && !hasPlaceholder(text);
}

function sum(parts: Completion[]): Completion {
  return parts.reduce((a, b) => ({ filled: a.filled + b.filled, total: a.total + b.total }), { filled: 0, total: 0 });
}
