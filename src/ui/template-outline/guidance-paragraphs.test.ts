import { describe, expect, it } from 'vitest';
import { guidanceParagraphs } from './guidance-paragraphs';

describe('guidanceParagraphs', () => {
  it('rejoins hard-wrapped lines and keeps list items as a list', () => {
    const text = 'Stories should be\nordered by importance.\n\nEach can be:\n- Developed independently\n- Tested\n  on its own';
    expect(guidanceParagraphs(text)).toEqual([
      { kind: 'paragraph', text: 'Stories should be ordered by importance.' },
      { kind: 'paragraph', text: 'Each can be:' },
      { kind: 'list', items: ['Developed independently', 'Tested on its own'] },
    ]);
  });

  it('gives nothing for blank guidance', () => {
    expect(guidanceParagraphs('  \n\n ')).toEqual([]);
  });
});
