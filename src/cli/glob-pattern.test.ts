import { describe, expect, it } from 'vitest';
import { globBase, globPattern, isGlob } from './glob-pattern';

const matches = (glob: string, path: string) => globPattern(glob).test(path);

describe('globPattern', () => {
  it('reads * within a folder and ** across folders', () => {
    expect(matches('specs/*.md', 'specs/a.md')).toBe(true);
    expect(matches('specs/*.md', 'specs/x/a.md')).toBe(false);
    expect(matches('specs/**/*.md', 'specs/a.md')).toBe(true);
    expect(matches('specs/**/*.md', 'specs/x/y/a.md')).toBe(true);
    expect(matches('specs/**', 'specs/x/a.md')).toBe(true);
    expect(matches('specs/**/*.md', 'docs/a.md')).toBe(false);
  });

  it('matches a pattern without a folder in any folder', () => {
    expect(matches('*.md', 'a.md')).toBe(true);
    expect(matches('*.md', 'x/y/a.md')).toBe(true);
    expect(matches('README.md', 'docs/README.md')).toBe(true);
    expect(matches('README.md', 'docs/NOTREADME.md')).toBe(false);
  });

  it('reads ?, {a,b}, [..] and treats other characters literally', () => {
    expect(matches('spec-?.md', 'spec-1.md')).toBe(true);
    expect(matches('spec-?.md', 'spec-12.md')).toBe(false);
    expect(matches('specs/*.{md,markdown}', 'specs/a.markdown')).toBe(true);
    expect(matches('specs/*.{md,markdown}', 'specs/a.txt')).toBe(false);
    expect(matches('v[0-9].md', 'v3.md')).toBe(true);
    expect(matches('v[!0-9].md', 'v3.md')).toBe(false);
    expect(matches('a+b (1).md', 'a+b (1).md')).toBe(true);
    expect(matches('a.md', 'aXmd')).toBe(false);
    expect(matches('./specs/*.md', 'specs/a.md')).toBe(true);
  });

  it('tells globs from paths, and finds where a glob starts', () => {
    expect(isGlob('specs/a.md')).toBe(false);
    expect(isGlob('specs/*.md')).toBe(true);
    expect(globBase('specs/rfc/**/*.md')).toBe('specs/rfc');
    expect(globBase('*.md')).toBe('.');
  });
});
