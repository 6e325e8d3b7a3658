import { z } from 'zod';

/**
 * The id of a stored draft or template. The stores keep records by id in
 * plain objects, so an id Object.prototype has (`__proto__`, `constructor`,
 * `toString`) would reach its members; such a record is refused, and listed
 * as unreadable, instead.
 */
export const StoredId = z
  .string()
  .min(1)
  .refine((id) => !(id in Object.prototype), { error: (issue) => `the id “${String(issue.input)}” is a reserved name` });
