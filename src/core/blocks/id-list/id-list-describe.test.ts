import { describe, expect, it } from 'vitest';
import type { IdListBlock } from './id-list-block';
import { idListKind } from './id-list-kind';
import type { z } from 'zod';

const item = (id: string, example = false) => ({ id, text: 'x', placeholders: [], ...(example ? { example } : {}) });
const block = (items: ReturnType<typeof item>[]): z.infer<typeof IdListBlock> => ({ kind: 'idList', id: 'b', line: 1, prefix: 'FR', digits: 3, separator: '-', style: 'bold', items });

describe('the outline words of an ID list', () => {
  it('count the items a draft gets, and say which are the template’s examples', () => {
    const text = idListKind.describe(block([item('FR-001'), item('FR-002'), item('FR-003', true), item('FR-004', true)]));
    expect(text).toBe('2 numbered items FR-001–FR-002; 2 more (FR-003, FR-004) are examples the template shows, not part of a new draft');
    expect(idListKind.describe(block([item('FR-001'), item('FR-002', true)]))).toContain('1 more (FR-002) is an example');
  });

  it('say nothing of examples when there are none, or when every item is one', () => {
    expect(idListKind.describe(block([item('FR-001'), item('FR-002')]))).toBe('2 numbered items FR-001–FR-002');
    expect(idListKind.describe(block([item('FR-001', true)]))).toBe('1 numbered item FR-001');
  });
});
