/**
 * Tells other tabs that a draft record changed, so they can re-read it. The
 * message names the record; the record itself is always read from IndexedDB,
 * never taken from the message.
 */
import { broadcastTabChannel, isRecordMessage, type TabChannel, type TabChannelFactory } from './tab-channel';

export const DRAFTS_CHANNEL_NAME = 'specwright-drafts';

export type DraftsMessage = { type: 'saved' | 'deleted'; id: string };
export type DraftsChannel = TabChannel<DraftsMessage>;
export type DraftsChannelFactory = TabChannelFactory<DraftsMessage>;

export const broadcastDraftsChannel: DraftsChannelFactory = broadcastTabChannel(DRAFTS_CHANNEL_NAME, isRecordMessage(['saved', 'deleted'] as const));
