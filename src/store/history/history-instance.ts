import { draftsStore } from '../drafts-store';
import { newDraftId } from '../new-draft-id';
import { openHistoryBackend } from './history-backend';
import { createHistoryStore } from './history-store';

/** The app's one history store, beside its drafts store: versions are taken as the drafts change. */
export const historyStore = createHistoryStore({
  drafts: draftsStore,
  backend: () => openHistoryBackend(typeof indexedDB === 'undefined' ? undefined : indexedDB),
  now: () => new Date(),
  newId: newDraftId,
});
