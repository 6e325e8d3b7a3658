/**
 * One BroadcastChannel between the app's tabs, for one kind of message. The
 * drafts and templates stores each open one (drafts-channel.ts,
 * templates-channel.ts); a message that fails its guard (another version of
 * the app, a stray post) is dropped, never handed on.
 */
export type TabChannel<M> = {
  post: (message: M) => void;
  close: () => void;
};

export type TabChannelFactory<M> = (onMessage: (message: M) => void) => TabChannel<M>;

/** The real cross-tab channel named `name`, or one that does nothing where BroadcastChannel is missing. */
export function broadcastTabChannel<M>(name: string, isMessage: (data: unknown) => data is M): TabChannelFactory<M> {
  return (onMessage) => {
    if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isMessage(event.data)) onMessage(event.data);
    };
    return {
      post: (message) => channel.postMessage(message),
      close: () => channel.close(),
    };
  };
}

/** A `{ type, id }` message naming one record, `type` one of `types`: the records themselves are always read from IndexedDB. */
export function isRecordMessage<T extends string>(types: readonly T[]) {
  return (data: unknown): data is { type: T; id: string } => {
    if (typeof data !== 'object' || data === null) return false;
    const { type, id } = data as Record<string, unknown>;
    return types.includes(type as T) && typeof id === 'string';
  };
}
