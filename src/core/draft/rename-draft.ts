import type { Draft } from './draft-schema';

/** A blank name goes back to following the title line. */
export function renameDraft(draft: Draft, name: string): Draft {
  const trimmed = name.trim();
  return { ...draft, name: trimmed === '' ? null : trimmed };
}
