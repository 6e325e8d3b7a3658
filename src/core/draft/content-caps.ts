import { flattenSections } from '../template/flatten-sections';
import type { Problem, TemplateSchema } from '../template/schema';

/**
 * How much a draft may hold: far more than any real spec (the largest built-in
 * template, filled in full, is under 100,000 characters), and little enough
 * that opening, rendering and saving it stays quick. Enforced wherever content
 * comes from outside before the work that would stall the page: a share link
 * (src/core/share/decode-share-link.ts), a Markdown import, a custom template.
 */

/** Characters in one prose field's Markdown. */
export const MAX_PROSE_FIELD_CHARS = 200_000;
/** Characters of text in one draft, all its fields together (its template not counted). */
export const MAX_DRAFT_CHARS = 1_000_000;
/** Sections in one draft or template, subsections included. */
export const MAX_SECTIONS = 500;

export type ContentCapProblem = { cap: 'prose-field' | 'draft' | 'sections'; message: string };

const count = (n: number) => n.toLocaleString('en-US');

/** "The draft holds 3,900,000 characters of text; a draft may hold at most 1,000,000." */
export function draftTooLarge(chars: number): ContentCapProblem {
  return { cap: 'draft', message: `The draft holds ${count(chars)} characters of text; a draft may hold at most ${count(MAX_DRAFT_CHARS)}.` };
}

export function tooManySections(sections: number, what: 'draft' | 'template' = 'draft'): ContentCapProblem {
  return { cap: 'sections', message: `The ${what} has ${count(sections)} sections; a ${what} may have at most ${count(MAX_SECTIONS)}.` };
}

/**
 * A custom template with more sections than a draft may have: an error at the
 * first section over, so it cannot be saved (every draft of it would be over
 * the cap from the start).
 */
export function checkTemplateCaps(template: TemplateSchema): Problem | null {
  const sections = flattenSections(template.sections);
  if (sections.length <= MAX_SECTIONS) return null;
  return { severity: 'error', code: 'too-many-sections', message: tooManySections(sections.length, 'template').message, line: sections[MAX_SECTIONS]?.line ?? 1 };
}

/** Markdown to import as a draft, refused before it is read when it holds more than any draft may. */
export function checkMarkdownSize(markdown: string): ContentCapProblem | null {
  if (markdown.length <= MAX_DRAFT_CHARS) return null;
  return { cap: 'draft', message: `This Markdown holds ${count(markdown.length)} characters; a draft may hold at most ${count(MAX_DRAFT_CHARS)}.` };
}

/**
 * A draft (checked or not: this runs on a share link's JSON before its schema)
 * measured against the caps; the first one it breaks, or null. One walk,
 * without recursion, that stops at the first cap broken. Anything that is
 * not shaped like a draft is left for the schema to refuse.
 */
export function checkContentCaps(draft: unknown): ContentCapProblem | null {
  if (!isRecord(draft)) return null;
  let chars = 0;
  let sections = 0;
  // [value, the section it is in]; the draft's template (if any) and the file it was imported from are not its content
  // (the file is capped as it is read, and by the Origin schema).
  const stack: [unknown, string | null][] = Object.entries(draft)
    .filter(([key]) => key !== 'template' && key !== 'origin')
    .map(([, value]) => [value, null]);
  while (stack.length > 0) {
    const [value, section] = stack.pop()!;
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > MAX_DRAFT_CHARS) return draftTooLarge(totalChars(draft));
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push([item, section]);
    } else if (isRecord(value)) {
      let inSection = section;
      if (Array.isArray(value.blocks) && Array.isArray(value.children)) {
        if (++sections > MAX_SECTIONS) return tooManySections(countSections(draft));
        inSection = typeof value.title === 'string' ? value.title : section;
      }
      if (value.kind === 'prose' && typeof value.markdown === 'string' && value.markdown.length > MAX_PROSE_FIELD_CHARS) {
        const where = inSection === null ? 'A prose field outside the sections' : `A prose field in “${clip(inSection)}”`;
        return { cap: 'prose-field', message: `${where} holds ${count(value.markdown.length)} characters; a prose field may hold at most ${count(MAX_PROSE_FIELD_CHARS)}.` };
      }
      for (const child of Object.values(value)) stack.push([child, inSection]);
    }
  }
  return null;
}

/** The full count, for the message: only walked once a cap is known to be broken. */
function totalChars(value: unknown): number {
  let chars = 0;
  const stack: unknown[] = isRecord(value) ? Object.entries(value).filter(([key]) => key !== 'template' && key !== 'origin').map(([, v]) => v) : [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') chars += item.length;
    else if (Array.isArray(item)) for (const child of item) stack.push(child);
    else if (isRecord(item)) for (const child of Object.values(item)) stack.push(child);
  }
  return chars;
}

function countSections(draft: Record<string, unknown>): number {
  let sections = 0;
  const stack: unknown[] = Array.isArray(draft.sections) ? [...draft.sections] : [];
  while (stack.length > 0) {
    const section = stack.pop();
    if (!isRecord(section)) continue;
    sections++;
    if (Array.isArray(section.children)) for (const child of section.children) stack.push(child);
  }
  return sections;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
