import { z } from 'zod';
import { valueBase } from '../block-base';

export const TableValue = z.object({
  ...valueBase,
  kind: z.literal('table'),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
