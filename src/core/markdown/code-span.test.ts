import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapCodeSpan, wrapCodeSpan } from './code-span';

describe('code spans around field values', () => {
  it('use one backtick when they can and a longer fence with padding when the value has backticks', () => {
    expect(wrapCodeSpan('014-run-history', '`')).toBe('`014-run-history`');
    expect(wrapCodeSpan('a `b` c', '`')).toBe('``a `b` c``');
    expect(wrapCodeSpan('`edge`', '`')).toBe('`` `edge` ``');
  });

  it('give back any single-line value whole', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => !s.includes('\n') && s.trim() === s && s !== ''), (value) => {
        expect(unwrapCodeSpan(wrapCodeSpan(value, '`'))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('is null for text that is not one code span', () => {
    expect(unwrapCodeSpan('plain')).toBeNull();
    expect(unwrapCodeSpan('`a` and `b`')).toBeNull();
    expect(unwrapCodeSpan('``a`')).toBeNull();
  });
});
