import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const TableColumn = z.object({
  name: z.string(),
  align: z.enum(['left', 'center', 'right', 'none']),
  /** Choices, when the template's cells offer them (`Low/Med/High`). */
  options: z.array(z.string()).optional(),
});

export const TableBlock = z.object({
  ...blockBase,
  kind: z.literal('table'),
  columns: z.array(TableColumn),
  rows: z.array(z.array(z.string())),
  placeholders: z.array(Placeholder),
});
