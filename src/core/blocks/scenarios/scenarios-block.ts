import { z } from 'zod';
import { blockBase } from '../block-base';

export const Scenario = z.object({
  given: z.string(),
  when: z.string(),
  then: z.string(),
});

export const ScenariosBlock = z.object({
  ...blockBase,
  kind: z.literal('scenarios'),
  items: z.array(Scenario),
});
