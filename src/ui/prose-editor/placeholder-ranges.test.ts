import { describe, expect, it } from 'vitest';
import { placeholderRanges } from './placeholder-ranges';

const texts = (text: string, kind: Parameters<typeof placeholderRanges>[1]) => placeholderRanges(text, kind).map((r) => [r.kind, text.slice(r.from, r.to)]);

describe('placeholderRanges', () => {
  it('locates each placeholder the engine finds, with offsets into the run', () => {
    expect(placeholderRanges('a [B] c [B]', 'text')).toEqual([
      { from: 2, to: 5, kind: 'bracket', label: 'B' },
      { from: 8, to: 11, kind: 'bracket', label: 'B' },
    ]);
  });

  it('gives a code span the engine’s code-span rule, whatever backticks it holds', () => {
    expect(texts('[###-feature-name]', 'code-span')).toEqual([['bracket', '[###-feature-name]']]);
    expect(texts('/users/{id} Vec<T> $HOME_DIR', 'code-span')).toEqual([]);
    expect(texts('a `` b [NAME]', 'code-span')).toEqual([['bracket', '[NAME]']]);
    expect(texts('TODO(owner) YYYY-MM-DD', 'code-span')).toEqual([
      ['todo', 'TODO(owner)'],
      ['date', 'YYYY-MM-DD'],
    ]);
  });

  it('uses the heading and code-block contexts', () => {
    expect(texts('User Story 1 - [Brief Title] (Priority: P1)', 'heading')).toEqual([['bracket', '[Brief Title]']]);
    expect(texts('{ "a": [1, 2] }\n# [REMOVE IF UNUSED]', 'code-block')).toEqual([['bracket', '[REMOVE IF UNUSED]']]);
  });

  it('finds nothing in blank text', () => {
    expect(placeholderRanges('   ', 'text')).toEqual([]);
  });
});
