import { z } from 'zod';
import { valueBase } from '../block-base';

export const IdListValue = z.object({
  ...valueBase,
  kind: z.literal('idList'),
  items: z.array(z.object({ id: z.string(), text: z.string(), checked: z.boolean().optional() })),
});
