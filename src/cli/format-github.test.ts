import { describe, expect, it } from 'vitest';
import { broken, clean, unreadable } from './__fixtures__/file-results';
import { formatGithub } from './format-github';

describe('formatGithub', () => {
  it('writes one workflow command per finding, escaped as GitHub reads them', () => {
    expect(formatGithub([clean, broken, unreadable]).split('\n')).toEqual([
      '::warning file=specs/broken%2C 1.md,title=specwright not-in-document::"Success Criteria" is mandatory in the template, but not in this document.',
      '::error file=specs/broken%2C 1.md,line=12,col=5,title=specwright placeholder-left::FR-002 still has the placeholder [NEEDS: 100%25]%0Aand more.',
      '::error file=specs/locked.md,title=specwright file-unreadable::The file cannot be read: permission denied.',
      '',
    ]);
  });

  it('writes nothing for clean files', () => {
    expect(formatGithub([clean])).toBe('');
  });
});
