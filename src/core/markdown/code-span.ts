/**
 * `` `value` `` with a fence longer than any backtick run inside, and a space
 * of padding when the value starts or ends with a backtick, so any value
 * comes back whole from unwrapCodeSpan.
 */
export function wrapCodeSpan(value: string, wrap: string): string {
  let longest = 0;
  for (let k = 0; k < value.length; ) {
    if (value[k] !== '`') {
      k++;
      continue;
    }
    let end = k;
    while (value[end] === '`') end++;
    longest = Math.max(longest, end - k);
    k = end;
  }
  const fence = '`'.repeat(Math.max(wrap.length, longest + 1));
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** The inside of a text that is exactly one code span, or null. Linear, as CommonMark reads it. */
export function unwrapCodeSpan(text: string): string | null {
  let n = 0;
  while (text[n] === '`') n++;
  if (n === 0 || text.length <= 2 * n) return null;
  let m = 0;
  while (m < text.length - n && text[text.length - 1 - m] === '`') m++;
  if (m !== n) return null;
  const inner = text.slice(n, text.length - n);
  // A run of exactly n backticks inside would close the span early.
  for (let k = 0; k < inner.length; ) {
    if (inner[k] !== '`') {
      k++;
      continue;
    }
    let end = k;
    while (inner[end] === '`') end++;
    if (end - k === n) return null;
    k = end;
  }
  if (inner.length >= 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') return inner.slice(1, -1);
  return inner;
}
