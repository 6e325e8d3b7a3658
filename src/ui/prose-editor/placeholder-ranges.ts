import { findPlaceholders } from '../../core/template/find-placeholders';
import type { PlaceholderKind } from '../../core/template/schema';

/**
 * What a run of rendered text is, so it can be handed to the engine's detector
 * with the context the engine would give the same text in Markdown:
 * - `text`: prose outside code.
 * - `heading`: prose in a heading (its code spans are literal and never passed in).
 * - `code-span`: the inside of one inline code span in prose.
 * - `code-block`: the inside of a fenced code block.
 */
export type TextRunKind = 'text' | 'heading' | 'code-span' | 'code-block';

export type PlaceholderRange = {
  /** Offsets into the run's text, `to` exclusive. */
  from: number;
  to: number;
  kind: PlaceholderKind;
  label: string;
};

/**
 * Where template placeholders sit in one run of text, as the engine's
 * `findPlaceholders` sees them. Shared by the static view (runs of DOM text)
 * and the live editor (runs of ProseMirror text) so both highlight the same
 * things the validator will later flag.
 */
export function placeholderRanges(text: string, kind: TextRunKind): PlaceholderRange[] {
  if (text.trim() === '') return [];
  const ranges: PlaceholderRange[] = [];
  let cursor = 0;
  for (const placeholder of findPlaceholders(...detectorInput(text, kind))) {
    const from = text.indexOf(placeholder.text, cursor);
    if (from < 0 || placeholder.text === '') continue;
    const to = from + placeholder.text.length;
    ranges.push({ from, to, kind: placeholder.kind, label: placeholder.label });
    cursor = to;
  }
  return ranges;
}

function detectorInput(text: string, kind: TextRunKind): Parameters<typeof findPlaceholders> {
  switch (kind) {
    case 'text':
      return [text, 'text'];
    case 'heading':
      return [text, 'heading'];
    case 'code-block':
      return [text, 'code'];
    case 'code-span': {
      // Put the code back between backticks so the engine applies its own
      // code-span rule (brackets and TODO(...) count, braces and <angles> do not).
      const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
      const fence = '`'.repeat(longestRun + 1);
      return [`${fence} ${text} ${fence}`, 'text'];
    }
  }
}
