import { z } from 'zod';
import { valueBase } from '../block-base';

export const ListValue = z.object({ ...valueBase, kind: z.literal('list'), items: z.array(z.string()) });
