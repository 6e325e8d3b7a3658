import { findPlaceholderSpans } from '../template/find-placeholders';

/**
 * A repeated item's title as parts of its own: `User Story 2 - [Brief Title]
 * (Priority: P2)` has a Brief Title and a Priority, each a field, so nobody
 * edits inside a string to change one. The parts are the template title's
 * placeholders and its `(Name: value)` pairs; the text around them is fixed,
 * numbers in it taken as any number (items are renumbered).
 */
export type TitlePart = { name: string; value: string };
export type TitleShape = { fixed: string[]; names: string[] };

/** The parts of a template title, or null when it has none to split out. */
export function titleShape(templateTitle: string): TitleShape | null {
  const holes: { start: number; end: number; name: string }[] = [];
  for (const span of findPlaceholderSpans(templateTitle, 'heading')) {
    if (span.kind === 'clarification') continue;
    holes.push({ start: span.start, end: span.end, name: span.label.trim() || 'Title' });
  }
  // `(Priority: P1)`: the value is a part, named by what comes before the colon.
  for (const match of templateTitle.matchAll(/\(([A-Za-z][\w ]{0,30}):\s*([^()[\]]+?)\)/g)) {
    const start = match.index + match[0].indexOf(match[2]!, match[1]!.length + 2);
    const end = start + match[2]!.length;
    if (!holes.some((h) => h.start < end && start < h.end)) holes.push({ start, end, name: match[1]!.trim() });
  }
  if (holes.length === 0) return null;
  holes.sort((a, b) => a.start - b.start);
  const fixed: string[] = [];
  let at = 0;
  for (const hole of holes) {
    fixed.push(templateTitle.slice(at, hole.start));
    at = hole.end;
  }
  fixed.push(templateTitle.slice(at));
  // Two holes with nothing between them cannot be told apart in a title.
  if (fixed.slice(1, -1).some((text) => text === '')) return null;
  return { fixed, names: holes.map((h) => h.name) };
}

function matcher(shape: TitleShape): RegExp {
  const fixed = shape.fixed.map((text) => `(${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+')})`);
  return new RegExp(`^${fixed.join('(.*?)')}$`, 's');
}

/** The title's parts, or null when the title no longer has the template's shape (edited as a whole). */
export function readTitleParts(shape: TitleShape, title: string): TitlePart[] | null {
  const match = matcher(shape).exec(title);
  if (!match) return null;
  return shape.names.map((name, k) => ({ name, value: match[2 + 2 * k] ?? '' }));
}

/** The title with part `index` set to `value`, the rest (its numbers too) as it is; unchanged when the title lost its shape. */
export function writeTitlePart(shape: TitleShape, title: string, index: number, value: string): string {
  const match = matcher(shape).exec(title);
  if (!match) return title;
  const pieces = match.slice(1);
  // A part is on one line, and cannot hold the text that ends it.
  pieces[2 * index + 1] = value.replace(/[\r\n]+/g, ' ');
  return pieces.join('');
}
