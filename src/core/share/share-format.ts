/**
 * What a share link's fragment looks like, and how big it may be. The limits
 * keep a hostile link from costing the recipient more than a moment: a real
 * draft packs into a few thousand characters and unpacks to well under 1 MB.
 */

/**
 * Marks a fragment as ours: `s` then the link format (compression and
 * encoding) then a dot, so `#intro` or `#/route` is never read as a draft and
 * a link from a newer format is told apart from a foreign one.
 */
export const SHARE_LINK_FORMAT = 1;
export const SHARE_PREFIX = `s${SHARE_LINK_FORMAT}.`;

/** Base64url characters after the prefix (48 KB packed). Far beyond any real draft; browsers and chat apps cut long URLs anyway. */
export const MAX_LINK_CHARS = 65_536;

/**
 * Bytes of JSON a link may unpack to, enforced while inflating: room for a
 * draft at its cap (MAX_DRAFT_CHARS in core/draft/content-caps.ts, 1 million
 * characters) and a carried template. Kept this low because inflating is the
 * one step that cannot stop early on its own: a 3 MB unpack takes about
 * 100 ms on a cold page. The draft's own caps are checked on the parsed
 * JSON, before its schema.
 */
export const MAX_UNPACKED_BYTES = 1.5 * 1024 * 1024;

/**
 * Arrays and objects inside one another. A draft with its template nests
 * 10-14 deep, about 20 with six heading levels; the cap keeps the recursion
 * in parsing, checking and rendering from blowing the stack.
 */
export const MAX_JSON_DEPTH = 100;
