import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const DefinitionItem = z.object({
  term: z.string(),
  text: z.string(),
  placeholders: z.array(Placeholder),
});

export const DefinitionsBlock = z.object({
  ...blockBase,
  kind: z.literal('definitions'),
  ordered: z.boolean(),
  /** Terms the user names (`- **[Entity 1]**: ...`); add and remove items. */
  items: z.array(DefinitionItem),
});
