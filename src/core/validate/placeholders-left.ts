import { findPlaceholderSpans, type PlaceholderContext, type PlaceholderSpan } from '../template/find-placeholders';
import type { Placeholder } from '../template/schema';
import { linkLabel } from './link-label';
import { markdownZones, type Zone } from './markdown-zones';
import { mayHavePlaceholder } from './quick-placeholders';

/** What a value is read against besides itself. */
export type PlaceholderScope = {
  /** The template's own placeholders for the value (`[###-feature-name]`): left as they are, they count even in code. */
  own: ReadonlySet<string>;
  /** Link labels that a definition somewhere in the draft resolves, as linkLabel gives them. */
  definitions: ReadonlySet<string>;
};

/**
 * The placeholders a user has left in a value, read as a Markdown reader
 * sees it (CommonMark + GFM, not patterns). The template's own placeholders
 * left as they were always count. Other than those: code (fenced, indented,
 * inline) holds none, since there `&[T]`, `#[derive(Debug)]` and
 * `[dependencies]` are code; nor do links, link references, link
 * definitions, images, footnotes and HTML comments; and bracketed text that
 * a link definition resolves (`[RFC 3502]`) is a link, wherever in the draft
 * the definition is. A `code` value is code throughout.
 */
export function placeholdersLeft(text: string, context: PlaceholderContext, scope: PlaceholderScope): Placeholder[] {
  if (!mayHavePlaceholder(text)) return [];
  const spans = findPlaceholderSpans(text, context === 'code' ? 'code' : context);
  if (spans.length === 0) return [];
  const zones = context === 'code' ? [{ start: 0, end: text.length, code: true }] : markdownZones(text);
  const left: Placeholder[] = [];
  let z = 0;
  for (const span of spans) {
    while (z < zones.length && zones[z]!.end <= span.start) z++;
    if (keeps(span, zones, z, scope)) left.push({ kind: span.kind, text: span.text, label: span.label });
  }
  return left;
}

/** Spans come in order and do not overlap, so each zone is looked at a bounded number of times. */
function keeps(span: PlaceholderSpan, zones: Zone[], first: number, scope: PlaceholderScope): boolean {
  // The template's own blank left as it was is one wherever it stands, even where Markdown reads a definition (`- [Service]: [Purpose]`).
  if (scope.own.has(span.text)) return true;
  if (span.text.startsWith('[') && (span.label.startsWith('^') || scope.definitions.has(linkLabel(span.label)))) return false;
  const zone = zones[first];
  if (zone && zone.code && zone.start <= span.start && span.end <= zone.end) return false;
  for (let k = first; k < zones.length && zones[k]!.start < span.end; k++) if (!zones[k]!.code) return false;
  return true;
}
