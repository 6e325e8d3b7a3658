import { z } from 'zod';
import { valueBase } from '../block-base';

export const ProseValue = z.object({ ...valueBase, kind: z.literal('prose'), markdown: z.string() });
