import type * as Y from 'yjs';
import type { Draft } from '../draft/draft-schema';
import { loadDraft } from '../draft/load-draft';
import { DOC_VERSION_KEY, DRAFT_DOC_VERSION, draftRoot } from './draft-doc-layout';
import { fromY } from './y-values';

export type DocToDraftResult = { ok: true; draft: Draft } | { ok: false; reason: string; raw: unknown };

/**
 * The draft a doc holds, read through `loadDraft` (migrations, then the
 * schema): a doc is untrusted (another tab, a sync server). Never throws;
 * `raw` is what could be read, for the unreadable-draft download.
 */
export function docToDraft(doc: Y.Doc): DocToDraftResult {
  const root = draftRoot(doc);
  if (root.size === 0) return { ok: false, reason: 'The draft’s document is empty.', raw: null };
  const layout = root.get(DOC_VERSION_KEY);
  if (typeof layout !== 'number' || layout > DRAFT_DOC_VERSION) {
    return { ok: false, reason: `The draft’s document has layout ${String(layout)}; this version of the app reads up to ${DRAFT_DOC_VERSION}.`, raw: safeJson(root) };
  }
  let raw: unknown;
  try {
    raw = fromY(null, root);
  } catch (error) {
    return { ok: false, reason: `The draft’s document cannot be read: ${error instanceof Error ? error.message : String(error)}`, raw: safeJson(root) };
  }
  const result = loadDraft(raw);
  return result.ok ? { ok: true, draft: result.draft } : { ok: false, reason: result.reason, raw };
}

function safeJson(root: Y.Map<unknown>): unknown {
  try {
    return root.toJSON();
  } catch {
    return null;
  }
}
