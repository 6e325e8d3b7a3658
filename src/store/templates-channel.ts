/**
 * Tells other tabs that a custom template record changed, so they can re-read
 * it. The message only names the record; the record itself is always read
 * from IndexedDB.
 */
import { broadcastTabChannel, isRecordMessage, type TabChannel, type TabChannelFactory } from './tab-channel';

export const TEMPLATES_CHANNEL_NAME = 'specwright-templates';

export type TemplatesMessage = { type: 'saved' | 'deleted'; id: string };
export type TemplatesChannel = TabChannel<TemplatesMessage>;
export type TemplatesChannelFactory = TabChannelFactory<TemplatesMessage>;

export const broadcastTemplatesChannel: TemplatesChannelFactory = broadcastTabChannel(TEMPLATES_CHANNEL_NAME, isRecordMessage(['saved', 'deleted'] as const));
