import { describe, expect, it } from 'vitest';
import { hasMeasure, unmeasuredVagueWords } from './vague-words';

describe('unmeasuredVagueWords', () => {
  it('names vague words when nothing measures them', () => {
    expect(unmeasuredVagueWords('The dashboard is fast.')).toEqual(['fast']);
    expect(unmeasuredVagueWords('Onboarding is Quick, simple and User-Friendly; quick again.')).toEqual(['quick', 'simple', 'user-friendly']);
    expect(unmeasuredVagueWords('A robust, scalable and secure pipeline')).toEqual(['robust', 'scalable', 'secure']);
    expect(unmeasuredVagueWords('Fast as FR-003 requires')).toEqual(['fast']); // an ID is not a measure
  });

  it('accepts a number, a percentage, a unit, a percentile or a number word as the measure', () => {
    for (const text of [
      'Search is fast: p95 < 250 ms',
      'Checkout is quick, under 2 minutes for 90% of users',
      'Scalable to 10k tenants',
      'Replies within 250ms',
      'Easy enough that two of three testers finish unaided',
      'Loads fast, within a second',
      'Secure: zero critical findings in the quarterly pentest',
    ]) {
      expect(unmeasuredVagueWords(text), text).toEqual([]);
    }
  });

  it('does not match inside other words', () => {
    expect(unmeasuredVagueWords('Breakfast orders and security reviews, easygoing defaults')).toEqual([]);
  });

  it('stays linear on long text', () => {
    const long = 'fast '.repeat(50_000);
    const started = performance.now();
    expect(unmeasuredVagueWords(long)).toEqual(['fast']);
    expect(hasMeasure(`${'a '.repeat(50_000)}x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
