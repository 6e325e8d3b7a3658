import type { Draft } from './draft-schema';
import { draftDisplayTitle } from './draft-title';

/** A new, unsaved draft with the same content, named as a copy. */
export function duplicateDraft(draft: Draft, { id, now }: { id: string; now: Date }): Draft {
  const stamp = now.toISOString();
  return {
    ...(JSON.parse(JSON.stringify(draft)) as Draft),
    id,
    name: `${draftDisplayTitle(draft)} (copy)`,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
  };
}
