import { describe, expect, it } from 'vitest';
import { roundTripLines } from './round-trip-lines';

const texts = (markdown: string) => roundTripLines(markdown).map((l) => l.text);

describe('roundTripLines', () => {
  it('ignores trailing blanks, runs of blank lines and the final newline', () => {
    expect(texts('# A \n\n\n\ntext\t\n\n')).toEqual(texts('# A\n\ntext'));
    expect(texts('a\n \n\t\nb\n')).toEqual(['a', '', 'b']);
  });

  it('keeps the line numbers of the text it read', () => {
    expect(roundTripLines('a\n\n\n\nb\n')).toEqual([
      { text: 'a', line: 1 },
      { text: '', line: 2 },
      { text: 'b', line: 5 },
    ]);
  });

  it('still tells a hard break from none, and a blank line from none', () => {
    expect(texts('one  \ntwo\n')).not.toEqual(texts('one\ntwo\n'));
    expect(texts('one   \ntwo\n')).toEqual(texts('one  \ntwo\n'));
    // Two spaces before a blank line or the end break nothing.
    expect(texts('one  \n\ntwo  \n')).toEqual(texts('one\n\ntwo\n'));
    expect(texts('a\nb')).not.toEqual(texts('a\n\nb'));
  });

  it('tells changed text, indentation and leading blank lines apart', () => {
    expect(texts('- a\n  - b\n')).not.toEqual(texts('- a\n- b\n'));
    expect(texts('\n\n# A\n')).toEqual(['# A']);
    expect(texts('# A\n')).not.toEqual(texts('# B\n'));
    expect(texts('a\r\nb\r\n')).toEqual(texts('a\nb\n'));
  });
});
