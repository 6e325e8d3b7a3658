/**
 * Keys JavaScript gives a meaning of their own on every object. A template may
 * not name a frontmatter key so: a draft keeps its frontmatter as an object,
 * and anything that reads it as a plain object would reach its prototype.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}
