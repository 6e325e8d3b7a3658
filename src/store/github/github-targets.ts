import { GithubTarget } from '../../core/github/github-target';
import { GITHUB_TARGETS_STORE, openDraftDb, putRecord, readRecord } from '../draft-db';

let opening: Promise<IDBDatabase | null> | null = null;
const db = () =>
  (opening ??= typeof indexedDB === 'undefined'
    ? Promise.resolve(null)
    : openDraftDb(indexedDB, { onLost: () => (opening = null) }).catch(() => null));

/** The draft's GitHub target, or null when none is set (or the stored one does not pass its schema). */
export async function readGithubTarget(draftId: string): Promise<GithubTarget | null> {
  const opened = await db();
  if (!opened) return null;
  try {
    const parsed = GithubTarget.safeParse(await readRecord(opened, draftId, GITHUB_TARGETS_STORE));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Stores the target; false when the browser stores nothing (the links still work in this tab). */
export async function saveGithubTarget(target: GithubTarget): Promise<boolean> {
  const opened = await db();
  if (!opened) return false;
  try {
    await putRecord(opened, target, GITHUB_TARGETS_STORE);
    return true;
  } catch {
    return false;
  }
}
