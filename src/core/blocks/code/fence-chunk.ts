import type { Chunk } from '../../markdown/join-chunks';
import { longestBacktickRun } from './longest-backtick-run';

/** Code in a backtick fence longer than any run inside it; null for no code. */
export function fenceChunk(text: string, language: string): Chunk | null {
  const code = text.replace(/\r\n?/g, '\n');
  if (code.trim() === '') return null;
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  // A fence needs a language for markdownlint (MD040); `text` is GitHub's plain one.
  const lang = language.replace(/[\s`]+/g, '') || 'text';
  return { text: `${fence}${lang}\n${code}\n${fence}`, first: null, last: null };
}
