import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const ProseBlock = z.object({
  ...blockBase,
  kind: z.literal('prose'),
  /** The template's Markdown for this block: starting text a user replaces. */
  text: z.string(),
  placeholders: z.array(Placeholder),
});
