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

/** A stored summary of the draft stored under `id`, or null when it is not one (missing, damaged, another draft's, a newer app's). */
export function loadSummary(value: unknown, id: string): DraftSummary | null {
  const parsed = draftSummarySchema.safeParse(value);
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}
