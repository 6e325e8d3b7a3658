/**
 * Tells other tabs that a custom template record changed, so they can re-read
 * it. Like the drafts channel, the message only names the record; the record
 * itself is always read from IndexedDB.
 */

export const TEMPLATES_CHANNEL_NAME = 'specwright-templates';

export type TemplatesMessage = { type: 'saved' | 'deleted'; id: string };

export type TemplatesChannel = {
  post: (message: TemplatesMessage) => void;
  close: () => void;
};

export type TemplatesChannelFactory = (onMessage: (message: TemplatesMessage) => void) => TemplatesChannel;

/** The real cross-tab channel, or one that does nothing where BroadcastChannel is missing. */
export const broadcastTemplatesChannel: TemplatesChannelFactory = (onMessage) => {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(TEMPLATES_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isTemplatesMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
};

function isTemplatesMessage(data: unknown): data is TemplatesMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id } = data as Record<string, unknown>;
  return (type === 'saved' || type === 'deleted') && typeof id === 'string';
}
