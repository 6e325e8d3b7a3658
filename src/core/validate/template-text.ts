import type { BlockValueKind } from '../draft/draft-schema';
import type { FindingList } from './finding-list';
import type { Place } from './place';
import { inSection, listWords, shown } from './message-text';
import type { TextRef } from './text-ref';

/**
 * When a block's texts that are the template's count as left unwritten:
 * `each` text on its own; the `whole` block only (a table's row labels are
 * meant to stay); `never` (a checklist's items are meant to be ticked, not
 * rewritten). Fields are judged by their own rule (templateFieldValue).
 */
export const TEMPLATE_TEXT_RULE: { [K in BlockValueKind]: 'each' | 'whole' | 'never' } = {
  prose: 'each',
  fields: 'each',
  definitions: 'each',
  idList: 'each',
  scenarios: 'each',
  table: 'whole',
  code: 'each',
  diagram: 'each',
  checklist: 'never',
  list: 'each',
};

const LISTED = 2;

/** Text as a reader compares it: runs of whitespace are one space. */
export function sameWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A field value left as the template's own text, where that text is an
 * instruction or a sample, not a real default: `Task list template for
 * feature implementation`, `X days`. One or two words (`Draft`, `In
 * Progress`) read as a default the template means to keep.
 */
export function isTemplateFieldValue(value: string, templateValue: string | undefined): boolean {
  if (templateValue === undefined || sameWords(value) !== sameWords(templateValue)) return false;
  const words = sameWords(templateValue).split(' ');
  return words.length >= 3 || words.some((w) => /^[XN]$/.test(w));
}

/**
 * A short line that introduces what follows (`This feature aligns with the
 * following principles:`): the template's frame, which a writer keeps, not
 * an instruction to replace.
 */
export function isLeadIn(text: string): boolean {
  const words = sameWords(text);
  return words.endsWith(':') && !/[.!?]\s/.test(words) && words.split(' ').length <= 12;
}

/** A heading that is still the template's sample name (`Tool: \`tool_name\``, see Section.renamable). */
export function reportTemplateName(place: Place, title: string, list: FindingList): void {
  list.add(place, 'warning', 'template-text', `The heading "${shown(title.replace(/`/g, ''), 80)}" is still the template's sample name: rename it for what it stands for.`, 'title');
}

/** One warning for the texts of one value (a block, a field) that are still the template's. */
export function reportTemplateText(refs: TextRef[], list: FindingList): void {
  const first = refs[0];
  if (!first) return;
  const where = inSection(first.where);
  const quoted = refs.slice(0, LISTED).map((r) => `"${shown(r.text, 50)}"`);
  if (refs.length > LISTED) quoted.push(`${refs.length - LISTED} more`);
  const message =
    refs.length === 1
      ? `${first.name} is still the template's text${where}: ${quoted[0]}. Write your own, or remove it.`
      : `${refs.length} texts here are still the template's${where}: ${listWords(quoted)}. Write your own, or remove them.`;
  list.add(first.place, 'warning', 'template-text', message, first.field);
}
