import { z } from 'zod';
import { valueBase } from '../block-base';

export const FieldsValue = z.object({ ...valueBase, kind: z.literal('fields'), values: z.record(z.string(), z.string()) });
