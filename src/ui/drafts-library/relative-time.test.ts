import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = new Date('2025-03-10T12:00:00Z');
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('relativeTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTime(before(20), now, 'en')).toBe('just now');
    expect(relativeTime(before(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(before(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(relativeTime(before(26 * 3600), now, 'en')).toBe('yesterday');
    expect(relativeTime(before(15 * 24 * 3600), now, 'en')).toBe('2 weeks ago');
    expect(relativeTime(before(400 * 24 * 3600), now, 'en')).toBe('last year');
  });
});
