import { describe, expect, it } from 'vitest';
import { needsEmoji, needsMath } from './github-needs';

describe('what the GitHub preview loads for a document', () => {
  it('loads math only for a $…$ or $$…$$ span, not for a price', () => {
    expect(needsMath('Latency is $t_{95}$ ms.')).toBe(true);
    expect(needsMath('$$\n\\sum r_i\n$$')).toBe(true);
    expect(needsMath('It costs $5 a month.')).toBe(false);
    expect(needsMath('No math here.')).toBe(false);
  });

  it('loads emoji only for a :shortcode:', () => {
    expect(needsEmoji('Ship it :rocket:')).toBe(true);
    expect(needsEmoji('At 10:30 we meet')).toBe(false);
  });
});
