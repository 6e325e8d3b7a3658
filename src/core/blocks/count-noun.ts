/** `1 scenario`, `3 scenarios`. */
export function countNoun(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
