import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './is-calendar-date';

describe('isCalendarDate', () => {
  it('takes days that exist, leap days included', () => {
    for (const date of ['2026-11-21', '2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01']) expect(isCalendarDate(date), date).toBe(true);
  });

  it('refuses days that do not, and other shapes', () => {
    for (const date of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '2026-1-5', ' 2026-01-05', '21/11/2026', '2026-11-21T10:00:00Z', '']) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });
});
