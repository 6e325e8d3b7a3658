import { describe, expect, it } from 'vitest';
import type { BlockValue } from './draft-schema';
import { describeRemoval } from './describe-removal';

const ids = (texts: string[]): BlockValue => ({ kind: 'idList', blockId: 'b', items: texts.map((text, k) => ({ id: `FR-00${k + 1}`, text })) });

describe('describeRemoval', () => {
  it('names the removed ID item, found by its text', () => {
    expect(describeRemoval(ids(['a', 'b', 'c']), ids(['a', 'c']))).toBe('Removed FR-002');
  });

  it('sees removed rows, columns, scenarios and list items, and nothing in typing', () => {
    const table = (columns: string[], rows: string[][]): BlockValue => ({ kind: 'table', blockId: 't', columns, rows });
    expect(describeRemoval(table(['A', 'B'], [['1', '2']]), table(['A'], [['1']]))).toBe('Removed a column');
    expect(describeRemoval(table(['A'], [['1'], ['2']]), table(['A'], [['1']]))).toBe('Removed a row');
    expect(describeRemoval({ kind: 'scenarios', blockId: 's', items: [{ given: '', when: '', then: '' }] }, { kind: 'scenarios', blockId: 's', items: [] })).toBe('Removed a scenario');
    expect(describeRemoval({ kind: 'list', blockId: 'l', items: ['x', 'y'] }, { kind: 'list', blockId: 'l', items: ['x'] })).toBe('Removed an item');
    expect(describeRemoval(ids(['a']), ids(['ab']))).toBeNull();
    expect(describeRemoval({ kind: 'prose', blockId: 'p', markdown: 'long text' }, { kind: 'prose', blockId: 'p', markdown: '' })).toBeNull();
  });
});
