import { z } from 'zod';
import { Field } from '../../template/field';
import { blockBase } from '../block-base';

export const FieldsBlock = z.object({
  ...blockBase,
  kind: z.literal('fields'),
  /** `list` when each field is a list item (`- **Latency:** ...`). */
  style: z.enum(['lines', 'list']),
  fields: z.array(Field),
});
