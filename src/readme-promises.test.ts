import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's storage section promises what e2e/saving.spec.ts tests, in the
// same words: every describe and test name there is a bold line of the README.
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const words = (text: string) => text.replace(/[*`]/g, '').replace(/\s+/g, ' ').toLowerCase();

describe('the README’s storage promises', () => {
  const spec = read('e2e/saving.spec.ts');
  const readme = words(read('README.md'));
  const names = [...spec.matchAll(/^\s*test(?:\.describe)?\('((?:[^'\\]|\\.)+)'/gm)].map((m) => m[1]!);

  it('are found in the saving tests', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  it('say in the README what each saving test checks', () => {
    const missing = names.filter((name) => !readme.includes(words(name)));
    expect(missing).toEqual([]);
  });
});
