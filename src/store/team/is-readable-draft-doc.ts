import type * as Y from 'yjs';
import { docToDraft } from '../../core/draft-doc/doc-to-draft';

/** Whether a doc (a team room's copy) still reads as a draft, through the draft schema. */
export function isReadableDraftDoc(doc: Y.Doc): { ok: true } | { ok: false; reason: string } {
  const result = docToDraft(doc);
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}
