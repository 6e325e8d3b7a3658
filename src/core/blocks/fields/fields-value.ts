import { z } from 'zod';
import { TextRecord } from '../../payload/text-record';
import { valueBase } from '../block-base';

export const FieldsValue = z.object({ ...valueBase, kind: z.literal('fields'), values: TextRecord });
