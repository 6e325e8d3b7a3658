import { describe, expect, it } from 'vitest';
import { addIdItem, formatId, moveIdItem, removeIdItem } from './id-list-edits';

const fr = { prefix: 'FR', separator: '-', digits: 3 };
const items = [
  { id: 'FR-001', text: 'a' },
  { id: 'FR-002', text: 'b' },
  { id: 'FR-003', text: 'c' },
];

describe('ID list edits keep IDs unique and in sequence', () => {
  it('formats IDs with the prefix, separator and width', () => {
    expect(formatId(fr, 7)).toBe('FR-007');
    expect(formatId({ prefix: 'T', separator: '', digits: 3 }, 12)).toBe('T012');
  });

  it('adds at the end or in the middle and renumbers after it', () => {
    expect(addIdItem(items, fr, { text: 'd' }).map((i) => `${i.id}:${i.text}`)).toEqual(['FR-001:a', 'FR-002:b', 'FR-003:c', 'FR-004:d']);
    expect(addIdItem(items, fr, { text: 'x' }, 1).map((i) => `${i.id}:${i.text}`)).toEqual(['FR-001:a', 'FR-002:x', 'FR-003:b', 'FR-004:c']);
  });

  it('removes and moves, closing the gap', () => {
    expect(removeIdItem(items, fr, 0).map((i) => `${i.id}:${i.text}`)).toEqual(['FR-001:b', 'FR-002:c']);
    expect(moveIdItem(items, fr, 2, 0).map((i) => `${i.id}:${i.text}`)).toEqual(['FR-001:c', 'FR-002:a', 'FR-003:b']);
    expect(moveIdItem(items, fr, 0, 5)).toBe(items);
  });

  it('continues a list that starts further on (spec-kit tasks)', () => {
    const tasks = [
      { id: 'T004', text: 'db', checked: false },
      { id: 'T005', text: 'auth', checked: true },
    ];
    expect(removeIdItem(tasks, { prefix: 'T', separator: '', digits: 3 }, 0)).toEqual([{ id: 'T004', text: 'auth', checked: true }]);
  });
});
