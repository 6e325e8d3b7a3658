import { z } from 'zod';

export const PlaceholderKind = z.enum([
  'bracket', // [FEATURE NAME]
  'clarification', // [NEEDS CLARIFICATION: ...], a marker a user may leave on purpose
  'brace', // {title of option 1}
  'angle', // <placeholder>
  'paren', // (fill me in with ...)
  'variable', // $ARGUMENTS
  'todo', // TODO(SECRET_TOOL)
  'date', // YYYY-MM-DD
]);
export type PlaceholderKind = z.infer<typeof PlaceholderKind>;

export const Placeholder = z.object({
  kind: PlaceholderKind,
  /** The text exactly as it stands in the template, e.g. `[FEATURE NAME]`. */
  text: z.string(),
  /** What the placeholder asks for, without its delimiters, e.g. `FEATURE NAME`. */
  label: z.string(),
});
export type Placeholder = z.infer<typeof Placeholder>;
