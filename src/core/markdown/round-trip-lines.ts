/** A line as the round-trip law compares it, with its 1-based number in the text it came from. */
export type RoundTripLine = { text: string; line: number };

/**
 * A Markdown text as the round-trip law (issue #13) compares it: equal when
 * the texts differ only in trailing whitespace where it means nothing, in
 * runs of blank lines, and in the final newline. Trailing spaces that can be
 * a hard break (two or more before a non-blank line) mean something: they
 * are kept, as two spaces, so a lost or added hard break still shows.
 * Blank lines are kept one per run; blank lines at the start and the end go.
 */
export function roundTripLines(markdown: string): RoundTripLine[] {
  const raw = markdown.split(/\r\n|\n|\r/);
  const out: RoundTripLine[] = [];
  raw.forEach((text, k) => {
    const trimmed = text.replace(/[ \t]+$/, '');
    if (trimmed === '') {
      if (out.length > 0 && out[out.length - 1]!.text !== '') out.push({ text: '', line: k + 1 });
      return;
    }
    const next = raw[k + 1];
    const hardBreak = / {2,}$/.test(text) && next !== undefined && next.trim() !== '';
    out.push({ text: hardBreak ? `${trimmed}  ` : trimmed, line: k + 1 });
  });
  if (out.length > 0 && out[out.length - 1]!.text === '') out.pop();
  return out;
}
