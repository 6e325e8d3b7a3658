import { z } from 'zod';

/** What every template block has, whatever its kind. */
export const blockBase = {
  id: z.string(),
  /** A bold label line that introduces the block (`**Acceptance Scenarios**:`). */
  label: z.string().optional(),
  line: z.number().int(),
};

/** What every draft value has: the template block it fills. */
export const valueBase = { blockId: z.string() };
