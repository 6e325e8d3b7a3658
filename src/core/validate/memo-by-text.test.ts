import { describe, expect, it } from 'vitest';
import { memoByText } from './memo-by-text';

describe('memoByText', () => {
  it('reads a text once while it is kept, and gives what read gives', () => {
    const seen: string[] = [];
    const length = memoByText((text) => (seen.push(text), text.length), 10);
    expect([length('abc'), length('abc'), length('de'), length('abc')]).toEqual([3, 3, 2, 3]);
    expect(seen).toEqual(['abc', 'de']);
  });

  it('drops the texts used longest ago once it holds more than its size, and keeps none larger than that', () => {
    const seen: string[] = [];
    const read = memoByText((text) => (seen.push(text), text.toUpperCase()), 6);
    read('aaa');
    read('bbb');
    read('aaa'); // aaa is now the younger
    read('ccc'); // 9 chars: bbb goes
    read('aaa');
    read('bbb');
    read('0123456789');
    read('0123456789');
    expect(seen).toEqual(['aaa', 'bbb', 'ccc', 'bbb', '0123456789', '0123456789']);
  });
});
