import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './share-unchanged';

describe('shareUnchanged', () => {
  it('keeps the previous objects of every part that did not change', () => {
    const previous = { a: { x: 1 }, b: [{ y: 'one' }, { y: 'two' }], c: 'c' };
    const next = { a: { x: 1 }, b: [{ y: 'one' }, { y: 'TWO' }], c: 'c' };
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared.a).toBe(previous.a);
    expect(shared.b[0]).toBe(previous.b[0]);
    expect(shared.b[1]).not.toBe(previous.b[1]);
    expect(shared).not.toBe(previous);
  });

  it('gives the previous value itself when nothing changed, and the next one for a new key', () => {
    const previous = { a: [1, 2], b: { c: null } };
    expect(shareUnchanged(previous, { a: [1, 2], b: { c: null } })).toBe(previous);
    const added = shareUnchanged(previous, { a: [1, 2], b: { c: null }, d: 1 } as typeof previous);
    expect(added).not.toBe(previous);
    expect(added.a).toBe(previous.a);
  });
});
