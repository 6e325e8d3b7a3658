import { z } from 'zod';
import { valueBase } from '../block-base';

export const DiagramValue = z.object({ ...valueBase, kind: z.literal('diagram'), code: z.string() });
