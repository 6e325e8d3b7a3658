import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Draft } from '../draft/draft-schema';
import { loadDraft, type LoadDraftResult } from '../draft/load-draft';

/**
 * A draft packed for the history: its content as deflated JSON, and its
 * template snapshot apart (deflated too, keyed by a hash of it). The template
 * is most of a draft's bytes and rarely changes, so the store keeps one copy
 * per template for all of a draft's versions.
 */
export type PackedSnapshot = { content: Uint8Array; templateHash: string; template: Uint8Array };

const deflate = (value: unknown) => deflateSync(strToU8(JSON.stringify(value)), { level: 9 });

export function packSnapshot(draft: Draft): PackedSnapshot {
  const { template, ...content } = draft;
  return { content: deflate(content), templateHash: fnv1a(JSON.stringify(template)), template: deflate(template) };
}

/** Packed bytes back to a draft, migrated and checked like any stored draft; a damaged snapshot is a reason, never a throw. */
export function unpackSnapshot(content: Uint8Array, template: Uint8Array | undefined): LoadDraftResult {
  if (!template) return { ok: false, reason: 'This version’s template copy is missing, so it cannot be opened.' };
  let raw: unknown;
  try {
    const body = JSON.parse(strFromU8(inflateSync(content))) as Record<string, unknown>;
    raw = { ...body, template: JSON.parse(strFromU8(inflateSync(template))) as unknown };
  } catch {
    return { ok: false, reason: 'This version’s stored copy is damaged and cannot be read.' };
  }
  return loadDraft(raw);
}

/** A hash of the draft's content (not its revision or edit time): equal content, equal hash. */
export function contentHash(draft: Draft): string {
  const { name, titleText, frontmatter, metadata, preamble, sections, footer, templateHash } = draft;
  return fnv1a(JSON.stringify({ name, titleText, frontmatter, metadata, preamble, sections, footer, templateHash }));
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: for telling copies apart, not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
