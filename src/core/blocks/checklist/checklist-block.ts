import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const ChecklistItem = z.object({
  checked: z.boolean(),
  text: z.string(),
});

export const ChecklistBlock = z.object({
  ...blockBase,
  kind: z.literal('checklist'),
  items: z.array(ChecklistItem),
  placeholders: z.array(Placeholder),
});
