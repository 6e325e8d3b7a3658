import { z } from 'zod';
import { valueBase } from '../block-base';

export const ChecklistValue = z.object({
  ...valueBase,
  kind: z.literal('checklist'),
  items: z.array(z.object({ checked: z.boolean(), text: z.string() })),
});
