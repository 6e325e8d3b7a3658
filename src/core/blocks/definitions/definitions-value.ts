import { z } from 'zod';
import { valueBase } from '../block-base';

export const DefinitionsValue = z.object({
  ...valueBase,
  kind: z.literal('definitions'),
  items: z.array(z.object({ term: z.string(), text: z.string() })),
});
