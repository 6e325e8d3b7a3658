import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renameDraft } from '../draft/rename-draft';
import { setTitleText } from '../draft/section-edits';
import { draftOf } from '../draft/__fixtures__/draft-of';
import { DRAFT_SUMMARY_KIND, DRAFT_SUMMARY_VERSION, draftSummarySchema, loadSummary, summarizeDraft } from './draft-summary';

describe('draft summary', () => {
  const draft = draftOf('data-platform-feature-spec.md', 'draft-7');

  it('is built from the draft: what the library lists and searches', () => {
    const summary = summarizeDraft(renameDraft(setTitleText(draft, 'Run history'), 'Q3 ingestion'));
    expect(summary).toMatchObject({
      kind: DRAFT_SUMMARY_KIND,
      version: DRAFT_SUMMARY_VERSION,
      id: 'draft-7',
      title: 'Q3 ingestion',
      templateId: draft.templateId,
      templateName: draft.template.name,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      sections: draft.sections.length,
    });
    expect(summary.total).toBeGreaterThan(summary.filled);
    expect(summarizeDraft(setTitleText(draft, 'Run history')).filled).toBe(summarizeDraft(draft).filled + 1);
  });

  it('loads a stored summary through its schema', () => {
    const summary = summarizeDraft(draft);
    expect(loadSummary(structuredClone(summary), 'draft-7')).toEqual(summary);
  });

  it('refuses one that is damaged, of another version or stored under another id', () => {
    const summary = summarizeDraft(draft);
    expect(loadSummary(undefined, 'draft-7')).toBeNull();
    expect(loadSummary({ ...summary, filled: -1 }, 'draft-7')).toBeNull();
    expect(loadSummary({ ...summary, title: 42 }, 'draft-7')).toBeNull();
    expect(loadSummary({ ...summary, version: 2 }, 'draft-7')).toBeNull();
    expect(loadSummary(summary, 'draft-8')).toBeNull();
  });

  it('answers as its zod schema does, whatever is stored', () => {
    const summary = summarizeDraft(draft);
    const fieldValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(-0), fc.constant(2 ** 53), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constant(DRAFT_SUMMARY_KIND), fc.constant(DRAFT_SUMMARY_VERSION));
    const keys = Object.keys(summary) as (keyof typeof summary)[];
    // A stored summary with some fields damaged, missing or added.
    const stored = fc.record({
      changed: fc.dictionary(fc.constantFrom(...keys), fieldValue),
      removed: fc.subarray(keys),
      added: fc.dictionary(fc.string(), fieldValue),
    }).map(({ changed, removed, added }) => {
      const value: Record<string, unknown> = { ...added, ...summary, ...changed };
      for (const key of removed) delete value[key];
      return value;
    });
    fc.assert(
      fc.property(fc.oneof(stored, fc.anything()), fc.constantFrom('draft-7', ''), (value, id) => {
        const parsed = draftSummarySchema.safeParse(value);
        expect(loadSummary(value, id)).toEqual(parsed.success && parsed.data.id === id ? parsed.data : null);
      }),
      { numRuns: 2000 },
    );
  });
});
