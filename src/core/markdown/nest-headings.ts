import { scanBlocks } from '../template/scan-blocks';
import { escapeClosingHashes } from './heading-flag';

const ATX = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Headings inside a prose value, moved below the section they are written
 * in: a section's text may have sub-headings (the prose editor makes them),
 * and on import a heading deeper than its section, before the section's own
 * subsections, reads as part of the section's text. Relative levels stay; a
 * setext heading becomes an ATX one. Where no level fits (the preamble,
 * `sectionLevel` 0, or below level 6) the heading is escaped into plain
 * text. Idempotent, so a second export changes nothing.
 */
export function nestHeadings(text: string, sectionLevel: number): string {
  const lines = text.split('\n');
  const headings = scanBlocks(lines).flatMap((t) => (t.type === 'heading' ? [t] : []));
  if (headings.length === 0) return text;
  const shallowest = headings.reduce((min, h) => Math.min(min, h.level), 6);
  const shift = Math.max(0, sectionLevel + 1 - shallowest);
  const out: string[] = [];
  let at = 0;
  for (const heading of headings) {
    const start = heading.line - 1;
    let end = start + 1;
    const atx = ATX.test(lines[start] ?? '');
    if (!atx) while (end < lines.length && !SETEXT_UNDERLINE.test(lines[end - 1] ?? '')) end++;
    out.push(...lines.slice(at, start));
    const level = heading.level + shift;
    if (sectionLevel === 0 || level > 6) {
      // `\#` and `\---` read as text, in GFM and in the engine's scanner.
      const written = lines.slice(start, end);
      if (atx) written[0] = written[0]!.replace(/^( {0,3})#/, '$1\\#');
      else written[written.length - 1] = written[written.length - 1]!.replace(/^( {0,3})([=-])/, '$1\\$2');
      out.push(...written);
    } else if (atx && shift === 0) {
      out.push(lines[start]!);
    } else {
      out.push(`${'#'.repeat(level)} ${escapeClosingHashes(heading.text)}`.trimEnd());
    }
    at = end;
  }
  out.push(...lines.slice(at));
  return out.join('\n');
}
