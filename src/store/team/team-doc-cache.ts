import type { KeyValueStorage } from './team-settings';

/**
 * A team draft's Yjs document, kept in this browser between visits (as one
 * merged update, base64, in localStorage), so a reload continues the same
 * document: edits made offline and then reloaded still merge, and nothing is
 * added twice. Until drafts themselves are Yjs documents in IndexedDB
 * (src/store/draft-docs.ts), this is where a team draft's history lives.
 */
const prefix = 'specwright:team-doc:';

export type TeamDocCache = {
  load: (draftId: string) => Uint8Array | null;
  save: (draftId: string, state: Uint8Array) => boolean;
  remove: (draftId: string) => void;
};

export function teamDocCache(storage: KeyValueStorage | undefined): TeamDocCache {
  return {
    load(draftId) {
      try {
        const raw = storage?.getItem(prefix + draftId);
        if (!raw) return null;
        const binary = atob(raw);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes;
      } catch {
        return null;
      }
    },
    save(draftId, state) {
      try {
        let binary = '';
        for (let i = 0; i < state.length; i += 0x8000) binary += String.fromCharCode(...state.subarray(i, i + 0x8000));
        storage?.setItem(prefix + draftId, btoa(binary));
        return storage !== undefined;
      } catch {
        return false;
      }
    },
    remove(draftId) {
      try {
        storage?.removeItem(prefix + draftId);
      } catch {
        // nothing kept
      }
    },
  };
}
