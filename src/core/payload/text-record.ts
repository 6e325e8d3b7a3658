import { z } from 'zod';

/**
 * Text values by key (frontmatter, metadata, a fields block's values), as
 * stored or received. Every own key is kept as an own key of a new object,
 * `__proto__` and `constructor` included: `z.record` would leave `__proto__`
 * out (its assignment sets a prototype instead), losing what the user wrote
 * under it. Read the result with ownValue.
 */
export const TextRecord = z
  .preprocess(
    (input) => (typeof input === 'object' && input !== null && !Array.isArray(input) ? new Map(Object.entries(input)) : input),
    z.map(z.string(), z.string(), { error: (issue) => (issue.code === 'invalid_type' ? 'expected an object of text values' : undefined) }),
  )
  .transform((values): Record<string, string> => Object.fromEntries(values));
