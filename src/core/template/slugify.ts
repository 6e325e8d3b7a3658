import { toSlug } from '../file-name/to-slug';

/** A lowercase, dash-separated key from a heading or label, at most 48 characters. */
export function slugify(text: string): string {
  return toSlug(text, 48) || 'item';
}

/** Returns a function that makes each slug unique by suffixing -2, -3, ... */
export function uniqueSlugger(): (base: string) => string {
  const taken = new Set<string>();
  // Where the search for each base goes on from, so 100k equal headings stay linear.
  const nextSuffix = new Map<string, number>();
  return (base) => {
    let slug = base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(slug)) slug = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(slug);
    return slug;
  };
}
