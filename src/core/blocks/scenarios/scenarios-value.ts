import { z } from 'zod';
import { valueBase } from '../block-base';

export const ScenariosValue = z.object({
  ...valueBase,
  kind: z.literal('scenarios'),
  items: z.array(z.object({ given: z.string(), when: z.string(), then: z.string() })),
});
