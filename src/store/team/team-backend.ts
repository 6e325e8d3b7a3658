import type { DraftDocBackend, DraftDocConnection } from '../draft-docs';
import { isReadableDraftDoc } from './is-readable-draft-doc';
import { connectTeam, type TeamConnection, type TeamConnectionOptions } from './team-connection';

const idle: DraftDocConnection = { synced: Promise.resolve(), pending: () => false, flush: async () => {}, disconnect: () => {} };

/**
 * The team sync as a backend of the drafts' storage seam (draft-docs.ts),
 * one per team draft: attached, it connects that draft's doc to its room
 * (every other draft gets an idle connection). The server is not what keeps
 * the draft: this browser's IndexedDB does, so nothing is ever pending here.
 */
export function teamBackend(
  draftId: string,
  options: Omit<TeamConnectionOptions, 'isReadable'>,
  onConnection: (connection: TeamConnection) => void,
): DraftDocBackend {
  return {
    name: `team:${draftId}`,
    connect(id, doc) {
      if (id !== draftId) return idle;
      const connection = connectTeam(doc, { ...options, isReadable: isReadableDraftDoc });
      onConnection(connection);
      const synced = new Promise<void>((resolve) => {
        const check = () => {
          const status = connection.status();
          if ((status.state === 'connected' && status.synced) || status.state === 'refused') resolve();
        };
        connection.subscribe(check);
        check();
      });
      return { synced, pending: () => false, flush: async () => {}, disconnect: () => connection.destroy() };
    },
  };
}
