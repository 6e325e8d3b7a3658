import { z } from 'zod';
import { CHECK_CODES } from './check-message';

export const RuleSetting = z.enum(['off', 'warning', 'error']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/**
 * `.specwright/config.json`. Every key is optional; an unknown key is an
 * error, so a misspelt one is not silently ignored.
 */
export const CheckConfig = z.strictObject({
  /** Globs checked when the command names no paths. */
  files: z.array(z.string().min(1)).optional(),
  /** Globs never checked. */
  ignore: z.array(z.string().min(1)).optional(),
  /** The team's templates, relative to the project folder (default `.specwright/templates`). */
  templatesDir: z.string().min(1).optional(),
  /** Path glob -> template id, name or `.md` file; the first glob that matches a file wins. */
  templates: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** EARS patterns for requirements (ears-form): for every template (true), or for these template ids. */
  ears: z.union([z.boolean(), z.array(z.string().min(1))]).optional(),
  /** Finding code -> `off`, or the severity it is reported with. */
  rules: z
    .record(
      z.string().refine((code) => CHECK_CODES.includes(code), { error: (issue) => `unknown rule "${String(issue.input)}"; rules are the finding codes: ${CHECK_CODES.join(', ')}` }),
      RuleSetting,
    )
    .optional(),
});
export type CheckConfig = z.infer<typeof CheckConfig>;
