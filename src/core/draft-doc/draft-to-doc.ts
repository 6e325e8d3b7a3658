import * as Y from 'yjs';
import type { Draft } from '../draft/draft-schema';
import { DOC_VERSION_KEY, DRAFT_DOC_VERSION, draftRoot } from './draft-doc-layout';
import { toY } from './y-values';

/** Writes `draft` into `doc` (a new one unless given), in one transaction; `docToDraft` reads it back equal. */
export function draftToDoc(draft: Draft, doc: Y.Doc = new Y.Doc(), origin: unknown = null): Y.Doc {
  const root = draftRoot(doc);
  doc.transact(() => {
    root.set(DOC_VERSION_KEY, DRAFT_DOC_VERSION);
    for (const [key, value] of Object.entries(draft)) if (value !== undefined) root.set(key, toY(key, value));
  }, origin);
  return doc;
}

/** The whole draft as one Yjs update: what a store keeps of a new draft, or of a version-2 record it migrates. */
export function draftToUpdate(draft: Draft): Uint8Array {
  const doc = draftToDoc(draft);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
