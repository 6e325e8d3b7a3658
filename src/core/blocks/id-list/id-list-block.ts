import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

export const IdItem = z.object({
  id: z.string(),
  /** For checklist-style lists (`- [ ] T001 ...`). */
  checked: z.boolean().optional(),
  /** Shown by the template as an example (`*Example of marking unclear requirements:*`), not a real item. */
  example: z.boolean().optional(),
  text: z.string(),
  placeholders: z.array(Placeholder),
});

export const IdListBlock = z.object({
  ...blockBase,
  kind: z.literal('idList'),
  prefix: z.string(),
  /** Zero-padded width of the number (`FR-001` -> 3). */
  digits: z.number().int(),
  /** Separator between prefix and number (`-` in `FR-001`, empty in `T001`). */
  separator: z.string(),
  /** `bold` for `- **FR-001**: text`, `checklist` for `- [ ] T001 text`. */
  style: z.enum(['bold', 'checklist']),
  items: z.array(IdItem),
});
