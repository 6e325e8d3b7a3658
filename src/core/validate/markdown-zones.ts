import type { Nodes } from 'mdast';
import { parseMdast } from '../template/parse-mdast';
import { memoByText } from './memo-by-text';

/** A range of a value's text that is code, or that holds no placeholder whatever it looks like. */
export type Zone = { start: number; end: number; code: boolean };

/**
 * What every zone needs in its source: a backtick or `~~~` (code), four
 * spaces or a tab (indented code, in a quote or list item too), `](`, `]:`, `![`, `[^`, `<!--`, an
 * autolink or a URL or email address (GFM links those). Text with none of these has no zone, and is not parsed: the
 * parse costs tens of times what the placeholder scan does.
 */
const MAY_HAVE_ZONES = /`|~~~| {4}|\t|\]\(|\]:|!\[|\[\^|<!--|<[A-Za-z][A-Za-z0-9+.-]{1,31}:|www\.|https?:\/\/|@/i;

/** Nodes whose text is no blank whatever brackets it holds; code is judged apart. */
const NEVER = new Set(['link', 'linkReference', 'image', 'imageReference', 'definition', 'footnoteReference']);

const parsed = memoByText(parsedZones);

/** The code and never-placeholder ranges of a value, in order, none inside another (parsed only when the text could have any; kept by text across runs). */
export function markdownZones(text: string): Zone[] {
  return MAY_HAVE_ZONES.test(text) ? parsed(text) : [];
}

/** markdownZones without the shortcut: every text parsed (CommonMark + GFM). */
export function parsedZones(text: string): Zone[] {
  const zones: Zone[] = [];
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'code' || node.type === 'inlineCode') return void zones.push({ start, end, code: true });
      if (NEVER.has(node.type) || (node.type === 'html' && node.value.startsWith('<!--'))) return void zones.push({ start, end, code: false });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMdast(text, { frontmatter: false }));
  return zones;
}
