import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { setBlockValue } from '../draft/section-edits';
import { arbitraryDraft } from '../markdown/__fixtures__/arbitrary-draft';
import { fixtureNow } from '../markdown/__fixtures__/fill-draft';
import { builtInTemplates } from '../markdown/__fixtures__/load-templates';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';
import { partKey } from './part-key';

const options = { id: 'imported', now: fixtureNow };

type Place = { sectionId: string; value: BlockValue };

function sectionValues(sections: DraftSection[]): Place[] {
  return sections.flatMap((s) => [...(s.enabled && !s.absent ? s.blocks.map((value) => ({ sectionId: s.id, value })) : []), ...sectionValues(s.children)]);
}

/** The first and one-past-last line where two texts differ, in `before`'s lines. */
function changedRange(before: string, after: string): [number, number] | null {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  if (head === a.length && head === b.length) return null;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [head, a.length - tail];
}

describe('exportLossless, on random drafts of every built-in template', () => {
  it('a file read back and written with no edit is the same file, byte for byte', () => {
    fc.assert(
      fc.property(arbitraryDraft(builtInTemplates, 'free'), (draft) => {
        const markdown = exportMarkdown(draft);
        const { draft: imported } = importMarkdown(markdown, draft.template, options);
        expect(exportMarkdown(imported)).toBe(markdown);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("one value replaced by another draft's value changes only lines of that value", () => {
    fc.assert(
      fc.property(arbitraryDraft(builtInTemplates, 'free'), fc.nat(), fc.nat(), (draft: Draft, pick: number, donorSeed: number) => {
        const markdown = exportMarkdown(draft);
        const { draft: imported } = importMarkdown(markdown, draft.template, options);
        const places = sectionValues(imported.sections);
        if (places.length === 0) return;
        const place = places[pick % places.length]!;
        // Another value of the same kind from the same draft stands in for what the user typed.
        const donors = places.filter((p) => p.value.kind === place.value.kind && p.value !== place.value);
        if (donors.length === 0) return;
        const donor = donors[donorSeed % donors.length]!;
        const edited = setBlockValue(imported, place.sectionId, { ...donor.value, blockId: place.value.blockId } as BlockValue);
        const out = exportMarkdown(edited);
        const span = imported.origin!.parts.find((p) => p.key === partKey({ kind: 'value', place: 'section', owner: place.sectionId, blockId: place.value.blockId }))?.span;
        const range = changedRange(markdown, out);
        if (!range) return;
        if (!span) return; // a value the file did not have: added, checked below by re-import
        // Lines outside the value's own lines are untouched (a blank line at its edge may go or come).
        expect(range[0]).toBeGreaterThanOrEqual(span[0] - 1);
        expect(range[1]).toBeLessThanOrEqual(span[1] + 1);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
