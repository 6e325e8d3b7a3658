/** The longest run of backticks in the text: a fence around it must be longer. */
export function longestBacktickRun(code: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of code) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
