/**
 * Tells other tabs that a draft record changed, so they can re-read it. The
 * message names the record; the record itself is always read from IndexedDB,
 * never taken from the message.
 */

export const DRAFTS_CHANNEL_NAME = 'specwright-drafts';

export type DraftsMessage = { type: 'saved' | 'deleted'; id: string };

export type DraftsChannel = {
  post: (message: DraftsMessage) => void;
  close: () => void;
};

export type DraftsChannelFactory = (onMessage: (message: DraftsMessage) => void) => DraftsChannel;

/** The real cross-tab channel, or one that does nothing where BroadcastChannel is missing. */
export const broadcastDraftsChannel: DraftsChannelFactory = (onMessage) => {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(DRAFTS_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isDraftsMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
};

function isDraftsMessage(data: unknown): data is DraftsMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id } = data as Record<string, unknown>;
  return (type === 'saved' || type === 'deleted') && typeof id === 'string';
}
