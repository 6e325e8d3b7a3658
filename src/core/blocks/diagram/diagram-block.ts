import { z } from 'zod';
import { Placeholder } from '../../template/placeholder';
import { blockBase } from '../block-base';

/** The language of the fences a diagram block is read from and written as. */
export const DIAGRAM_LANG = 'mermaid';

/** A ```mermaid fence in a template: a diagram the user writes as Mermaid source. */
export const DiagramBlock = z.object({
  ...blockBase,
  kind: z.literal('diagram'),
  /** The template's Mermaid source: an example a user replaces. */
  code: z.string(),
  placeholders: z.array(Placeholder),
});
