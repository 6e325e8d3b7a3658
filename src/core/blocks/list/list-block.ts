import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const ListBlock = z.object({
  ...blockBase,
  kind: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.string()),
  placeholders: z.array(Placeholder),
});
