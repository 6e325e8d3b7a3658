import { z } from 'zod';
import { valueBase } from '../block-base';

export const CodeValue = z.object({ ...valueBase, kind: z.literal('code'), lang: z.string(), code: z.string() });
