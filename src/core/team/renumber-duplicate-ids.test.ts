import { describe, expect, it } from 'vitest';
import { renumberDuplicateIds } from './renumber-duplicate-ids';
import type { Draft } from '../draft/draft-schema';

function draftWith(items: { id: string; text: string }[]): Draft {
  return {
    preamble: [],
    footer: [],
    sections: [
      {
        id: 'req',
        templateSectionId: 'req',
        level: 2,
        title: 'Requirements',
        enabled: true,
        blocks: [{ kind: 'idList', blockId: 'b1', items }],
        children: [],
      },
    ],
  } as unknown as Draft;
}

const itemsOf = (draft: Draft) => (draft.sections[0]!.blocks[0] as { items: { id: string; text: string }[] }).items;

describe('renumbering IDs that two people added at once', () => {
  it('gives the second FR-003 the next free number and says so', () => {
    const draft = draftWith([
      { id: 'FR-001', text: 'one' },
      { id: 'FR-002', text: 'two' },
      { id: 'FR-003', text: 'from Ana' },
      { id: 'FR-003', text: 'from Ben' },
    ]);
    const { draft: next, renumbered } = renumberDuplicateIds(draft);
    expect(itemsOf(next).map((i) => i.id)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004']);
    expect(itemsOf(next).map((i) => i.text)).toEqual(['one', 'two', 'from Ana', 'from Ben']);
    expect(renumbered).toEqual([{ sectionTitle: 'Requirements', from: 'FR-003', to: 'FR-004', text: 'from Ben' }]);
  });

  it('skips numbers in use further down and keeps the width', () => {
    const { draft: next } = renumberDuplicateIds(draftWith([
      { id: 'T0009', text: 'a' },
      { id: 'T0009', text: 'b' },
      { id: 'T0010', text: 'c' },
    ]));
    expect(itemsOf(next).map((i) => i.id)).toEqual(['T0009', 'T0011', 'T0010']);
  });

  it('leaves a list without repeats as it is, the same object', () => {
    const draft = draftWith([{ id: 'FR-001', text: 'a' }, { id: 'FR-002', text: 'b' }]);
    const result = renumberDuplicateIds(draft);
    expect(result.draft).toBe(draft);
    expect(result.renumbered).toEqual([]);
  });

  it('gives the same result wherever it runs (both browsers write the same IDs)', () => {
    const items = [{ id: 'FR-001', text: 'x' }, { id: 'FR-001', text: 'y' }, { id: 'FR-001', text: 'z' }];
    const a = renumberDuplicateIds(draftWith(items.map((i) => ({ ...i }))));
    const b = renumberDuplicateIds(draftWith(items.map((i) => ({ ...i }))));
    expect(itemsOf(a.draft)).toEqual(itemsOf(b.draft));
    expect(itemsOf(a.draft).map((i) => i.id)).toEqual(['FR-001', 'FR-002', 'FR-003']);
  });
});
