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
    if (!isLegendOrMarker(text, span) && keeps(span, zones, z, scope)) left.push({ kind: span.kind, text: span.text, label: span.label });
  }
  return left;
}

/**
 * Brackets that are no blank whatever the template says: a legend's bold
 * term (`- **[Story]**: Which user story…`, kept by spec-kit's tasks files)
 * and a table-of-contents marker alone on its line (`[TOC]`).
 */
function isLegendOrMarker(text: string, span: PlaceholderSpan): boolean {
  if (!span.text.startsWith('[')) return false;
  if (text.slice(Math.max(0, span.start - 2), span.start) === '**' && text.startsWith('**:', span.end)) return true;
  if (span.label.toUpperCase() !== 'TOC') return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === span.text;
}

/** Spans come in order and do not overlap, so each zone is looked at a bounded number of times. */
function keeps(span: PlaceholderSpan, zones: Zone[], first: number, scope: PlaceholderScope): boolean {
  // Bracketed text a definition in the document resolves is a link, even where the template wrote the same words as a
  // blank (a KEP keeps the template's `[kubernetes/enhancements]` checklist line and defines the link).
  if (span.text.startsWith('[') && (span.label.startsWith('^') || scope.definitions.has(linkLabel(span.label)))) return false;
  // The template's own blank left as it was is one wherever else it stands (in code, say: `[###-feature-name]`).
  if (scope.own.has(span.text)) return true;
  const zone = zones[first];
  if (zone && zone.code && zone.start <= span.start && span.end <= zone.end) return false;
  for (let k = first; k < zones.length && zones[k]!.start < span.end; k++) if (!zones[k]!.code) return false;
  return true;
}
