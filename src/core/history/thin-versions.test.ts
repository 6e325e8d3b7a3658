import { describe, expect, it } from 'vitest';
import { thinVersions } from './thin-versions';
import type { VersionMeta, VersionReason } from './version-record';

const now = new Date('2026-12-02T12:00:00Z');
const MIN = 60_000;
let n = 0;
const version = (minutesAgo: number, reason: VersionReason = 'auto', bytes = 1000): VersionMeta => ({
  id: `v${++n}`,
  draftId: 'd',
  createdAt: new Date(now.getTime() - minutesAgo * MIN).toISOString(),
  reason,
  name: reason === 'named' ? 'v1' : null,
  bytes,
  contentHash: String(n),
  templateKey: 'd:t',
});

describe('thinVersions', () => {
  it('keeps every version of the last two hours', () => {
    const recent = [0, 10, 20, 30, 60, 90, 110].map((m) => version(m));
    expect(thinVersions(recent, now)).toEqual([]);
  });

  it('keeps one automatic version an hour for a day, one a day for a month, one a week after that', () => {
    // Ten-minute versions for three hours, ending three hours ago: six hourly slots.
    const hours = Array.from({ length: 18 }, (_, k) => version(180 + k * 10));
    const dropped = new Set(thinVersions(hours, now));
    const kept = hours.filter((v) => !dropped.has(v.id));
    const slots = new Set(kept.map((v) => Math.floor((now.getTime() - Date.parse(v.createdAt)) / (60 * MIN))));
    expect(kept.length).toBe(slots.size);
    expect(slots.size).toBeGreaterThanOrEqual(3);
    // Two a day for ten days (ages 2 to 11.5 days): one a day is left.
    const days = Array.from({ length: 20 }, (_, k) => version(2 * 24 * 60 + k * 12 * 60));
    expect(days.length - thinVersions(days, now).length).toBe(10);
    // Daily for eight weeks past the month: about one a week.
    const weeks = Array.from({ length: 56 }, (_, k) => version(31 * 24 * 60 + k * 24 * 60));
    const left = weeks.length - thinVersions(weeks, now).length;
    expect(left).toBeGreaterThanOrEqual(8);
    expect(left).toBeLessThanOrEqual(10);
  });

  it('never thins named versions by age, nor the newest version', () => {
    const named = Array.from({ length: 10 }, (_, k) => version(3 * 24 * 60 + k * 10, 'named'));
    expect(thinVersions(named, now)).toEqual([]);
    const old = [version(400 * 24 * 60), version(401 * 24 * 60)];
    expect(thinVersions(old, now)).toEqual([old[1]!.id]);
  });

  it('stays within the count and byte bounds, dropping the oldest unnamed versions first', () => {
    const list = [version(1, 'named'), ...Array.from({ length: 8 }, (_, k) => version(5 + k, 'export')), version(100, 'named')];
    const dropped = thinVersions(list, now, { maxVersions: 5, maxBytes: Infinity });
    expect(list.length - dropped.length).toBe(5);
    expect(dropped).not.toContain(list[0]!.id);
    expect(dropped).not.toContain(list[9]!.id);
    expect(dropped).toEqual(list.slice(4, 9).map((v) => v.id).reverse());
    const big = [version(1, 'auto', 600), version(2, 'auto', 600), version(3, 'named', 600)];
    expect(thinVersions(big, now, { maxVersions: 100, maxBytes: 1300 })).toEqual([big[1]!.id]);
  });

  it('drops named versions only when unnamed ones cannot bring it within bounds, and never the newest', () => {
    const named = Array.from({ length: 4 }, (_, k) => version(k, 'named', 1000));
    const dropped = thinVersions(named, now, { maxVersions: 2, maxBytes: Infinity });
    expect(dropped).toEqual([named[3]!.id, named[2]!.id]);
    expect(thinVersions([version(0, 'auto', 5000)], now, { maxVersions: 1, maxBytes: 10 })).toEqual([]);
  });
});
