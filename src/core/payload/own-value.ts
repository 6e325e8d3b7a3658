/**
 * `record[key]` for a key that came from a template, a file, a link or
 * storage: the record's own value or undefined. A plain lookup of a key the
 * record lacks finds Object.prototype's members (`constructor`, `toString`,
 * `__proto__`), which are not text.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
