const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// One formatter per locale: making one costs more than formatting with it, and the library formats two per draft shown.
const relativeFormats = new Map<string | undefined, Intl.RelativeTimeFormat>();
const exactFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function cached<T>(formats: Map<string | undefined, T>, locale: string | undefined, make: () => T): T {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = make()));
  return format;
}

/** `just now`, `5 minutes ago`, `yesterday`, `3 weeks ago`: how long before `now` a moment was. */
export function relativeTime(then: Date, now: Date, locale?: string): string {
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 60) return 'just now';
  const format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(Math.trunc(seconds / 60), 'minute');
}

/** The exact moment, for a tooltip: `1 March 2025 at 10:04`. */
export function exactTime(moment: Date, locale?: string): string {
  return cached(exactFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })).format(moment);
}
