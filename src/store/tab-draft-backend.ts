import * as Y from 'yjs';
import type { DraftDocBackend, DraftDocConnection } from './draft-docs';
import { broadcastTabChannel, type TabChannel, type TabChannelFactory } from './tab-channel';

export const DRAFT_UPDATES_CHANNEL_NAME = 'specwright-draft-updates';

/**
 * Between this browser's tabs: `update` carries a Yjs update of a draft's
 * doc as it is made; `hello` (sent when a tab opens a doc) carries its state
 * vector, and every tab with the doc answers with what the newcomer lacks,
 * so a change still on its way to IndexedDB is not missed. `deleted` drops a
 * draft deleted in another tab; `summary` says a draft's stored summary
 * changed (the library of a tab that has not opened the draft reads it again). An update is merged like any other: never
 * trusted to be whole, never able to replace what a tab has.
 */
export type DraftUpdatesMessage =
  | { type: 'update'; id: string; update: Uint8Array }
  | { type: 'hello'; id: string; stateVector: Uint8Array }
  | { type: 'deleted'; id: string }
  | { type: 'summary'; id: string };

export type DraftUpdatesChannelFactory = TabChannelFactory<DraftUpdatesMessage>;

export const broadcastDraftUpdatesChannel: DraftUpdatesChannelFactory = broadcastTabChannel(DRAFT_UPDATES_CHANNEL_NAME, isDraftUpdatesMessage);

/** `onDeleted` hears of a draft another tab deleted; `onSummary` of a draft whose stored summary another tab changed. */
export function tabDraftBackend(
  channelFactory: DraftUpdatesChannelFactory,
  onDeleted: (id: string) => void,
  onSummary: (id: string) => void = () => {},
): DraftDocBackend & { listen: () => void; summaryChanged: (id: string) => void } {
  const docs = new Map<string, Y.Doc>();
  let channel: TabChannel<DraftUpdatesMessage> | null = null;
  const backend = {
    name: 'tabs',
    /** Starts hearing other tabs before any doc is open here (a tab with no drafts yet still hears of new ones). */
    listen() {
      channel ??= channelFactory(onMessage);
    },
    connect(id: string, doc: Y.Doc): DraftDocConnection {
      channel ??= channelFactory(onMessage);
      docs.set(id, doc);
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin !== backend) channel?.post({ type: 'update', id, update });
      };
      doc.on('update', onUpdate);
      channel.post({ type: 'hello', id, stateVector: Y.encodeStateVector(doc) });
      return {
        synced: Promise.resolve(),
        pending: () => false,
        flush: () => Promise.resolve(),
        disconnect: () => {
          doc.off('update', onUpdate);
          if (docs.get(id) === doc) docs.delete(id);
        },
      };
    },
    async remove(id: string) {
      docs.delete(id);
      channel?.post({ type: 'deleted', id });
    },
    /** This tab stored a new summary of `id`. */
    summaryChanged(id: string) {
      channel?.post({ type: 'summary', id });
    },
    close() {
      channel?.close();
      channel = null;
    },
  };

  function onMessage(message: DraftUpdatesMessage) {
    if (message.type === 'deleted') {
      docs.delete(message.id);
      onDeleted(message.id);
      return;
    }
    if (message.type === 'summary') {
      onSummary(message.id);
      return;
    }
    const doc = docs.get(message.id);
    if (!doc) return;
    try {
      if (message.type === 'update') Y.applyUpdate(doc, message.update, backend);
      else channel?.post({ type: 'update', id: message.id, update: Y.encodeStateAsUpdate(doc, message.stateVector) });
    } catch {
      // A message that is not a Yjs update is dropped; the doc keeps what it has.
    }
  }
  return backend;
}

function isDraftUpdatesMessage(data: unknown): data is DraftUpdatesMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, update, stateVector } = data as Record<string, unknown>;
  if (typeof id !== 'string') return false;
  return (type === 'update' && update instanceof Uint8Array) || (type === 'hello' && stateVector instanceof Uint8Array) || type === 'deleted' || type === 'summary';
}
