import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const CodeBlock = z.object({
  ...blockBase,
  kind: z.literal('code'),
  lang: z.string(),
  code: z.string(),
  placeholders: z.array(Placeholder),
});
