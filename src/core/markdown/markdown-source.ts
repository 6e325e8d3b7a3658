import type { Token } from '../template/scan-blocks';

/**
 * The lines of an imported file and where each token sits in them, so
 * content that fits no block is kept exactly as written.
 */
export type MarkdownSource = { lines: string[]; start: Map<Token, number>; end: Map<Token, number> };

/** `tokens` come from one scanBlocks pass; a token runs to the next one, blank lines after it left out. */
export function markdownSource(lines: string[], tokens: Token[]): MarkdownSource {
  const start = new Map<Token, number>();
  const end = new Map<Token, number>();
  tokens.forEach((token, k) => {
    const from = token.line - 1;
    let to = k + 1 < tokens.length ? tokens[k + 1]!.line - 1 : lines.length;
    while (to > from + 1 && (lines[to - 1] ?? '').trim() === '') to--;
    start.set(token, from);
    end.set(token, Math.max(to, from + 1));
  });
  return { lines, start, end };
}

/** The text from the first line of `first` to the last line of `last`, as written. */
export function sourceText(source: MarkdownSource, first: Token, last: Token = first): string {
  return source.lines.slice(source.start.get(first) ?? 0, source.end.get(last) ?? 0).join('\n');
}
