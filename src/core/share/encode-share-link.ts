import { deflateSync, strToU8 } from 'fflate';
import type { Draft } from '../draft/draft-schema';
import { toBase64url } from './base64url';
import { shareEnvelope, type BuiltInTemplateLookup } from './share-envelope';
import { SHARE_PREFIX } from './share-format';

export type EncodeShareOptions = {
  /** The app's built-in template with this id: one that matches the draft's snapshot is sent by reference. */
  builtInTemplate: BuiltInTemplateLookup;
};

/**
 * Draft -> the part of a share link after `#`: `s1.` + base64url(raw deflate
 * (JSON of the share envelope)). A result longer than SHARE_PREFIX plus
 * MAX_LINK_CHARS would be refused by decodeShareLink; the caller says so
 * instead of offering the link.
 */
export function encodeShareLink(draft: Draft, options: EncodeShareOptions): string {
  const json = JSON.stringify(shareEnvelope(draft, options.builtInTemplate));
  return SHARE_PREFIX + toBase64url(deflateSync(strToU8(json), { level: 9 }));
}
