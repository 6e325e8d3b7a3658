import { z } from 'zod';
import { draftCompletion } from '../draft/draft-completion';
import type { Draft } from '../draft/draft-schema';
import { draftDisplayTitle } from '../draft/draft-title';

/**
 * What the library lists and searches of one draft, stored beside the draft
 * (IndexedDB `summaries`, written in the same transaction as the draft's
 * changes) so the library can list thousands of drafts without loading any.
 * Derived data: one that is missing or does not parse is built again from
 * the draft, never shown.
 */
export const DRAFT_SUMMARY_KIND = 'specwright/draft-summary';
export const DRAFT_SUMMARY_VERSION = 1;

export const draftSummarySchema = z.object({
  kind: z.literal(DRAFT_SUMMARY_KIND),
  version: z.literal(DRAFT_SUMMARY_VERSION),
  id: z.string().min(1),
  title: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  filled: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  sections: z.number().int().nonnegative(),
});

export type DraftSummary = z.infer<typeof draftSummarySchema>;

export function summarizeDraft(draft: Draft): DraftSummary {
  const { filled, total } = draftCompletion(draft);
  return {
    kind: DRAFT_SUMMARY_KIND,
    version: DRAFT_SUMMARY_VERSION,
    id: draft.id,
    title: draftDisplayTitle(draft),
    templateId: draft.templateId,
    templateName: draft.template.name,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    filled,
    total,
    sections: draft.sections.length,
  };
}

/**
 * A stored summary of the draft stored under `id`, or null when it is not one
 * (missing, damaged, another draft's, a newer app's). The library loads
 * thousands at a time, so this is the schema written out as plain checks
 * (zod takes some 5 µs a record, 25 ms for 5,000 drafts; these a small part
 * of that); a test holds the two to the same answers.
 */
export function loadSummary(value: unknown, id: string): DraftSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<keyof DraftSummary, unknown>;
  if (v.kind !== DRAFT_SUMMARY_KIND || v.version !== DRAFT_SUMMARY_VERSION || v.id !== id || id === '') return null;
  const { title, templateId, templateName, createdAt, updatedAt, filled, total, sections } = v;
  if (typeof title !== 'string' || typeof templateId !== 'string' || typeof templateName !== 'string' || typeof createdAt !== 'string' || typeof updatedAt !== 'string') return null;
  if (!isCount(filled) || !isCount(total) || !isCount(sections)) return null;
  return { kind: DRAFT_SUMMARY_KIND, version: DRAFT_SUMMARY_VERSION, id, title, templateId, templateName, createdAt, updatedAt, filled, total, sections };
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
