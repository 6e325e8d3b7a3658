import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorRange, fragmentText, resolveRange } from './text-anchor';

/** A fragment shaped as y-tiptap writes one: paragraphs of Y.XmlText. */
function fieldWith(...paragraphs: string[]): { doc: Y.Doc; fragment: Y.XmlFragment } {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('field');
  fragment.insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  return { doc, fragment };
}

const textOf = (fragment: Y.XmlFragment, n: number) => ((fragment.get(n) as Y.XmlElement).get(0) as Y.XmlText);

function wordsAt(fragment: Y.XmlFragment, anchor: { start: string; end: string }): string | null {
  const range = resolveRange(fragment, anchor.start, anchor.end);
  return range && fragmentText(fragment).slice(range.from, range.to);
}

describe('prose comment anchors', () => {
  it('stay on their words when text is inserted and deleted before them', () => {
    const { fragment } = fieldWith('The cache expires hourly.');
    const anchor = anchorRange(fragment, { from: 4, to: 9 })!;
    expect(anchor.quote).toBe('cache');
    textOf(fragment, 0).insert(0, 'Today ');
    expect(wordsAt(fragment, anchor)).toBe('cache');
    textOf(fragment, 0).delete(0, 10);
    expect(fragmentText(fragment)).toBe('cache expires hourly.');
    expect(wordsAt(fragment, anchor)).toBe('cache');
  });

  it('keep text typed right before or right after the range out of it, and take text typed inside', () => {
    const { fragment } = fieldWith('The cache expires hourly.');
    const anchor = anchorRange(fragment, { from: 4, to: 9 })!;
    textOf(fragment, 0).insert(9, '!');
    textOf(fragment, 0).insert(4, 'big ');
    expect(wordsAt(fragment, anchor)).toBe('cache');
    textOf(fragment, 0).insert(10, 'xx');
    expect(wordsAt(fragment, anchor)).toBe('caxxche');
    textOf(fragment, 0).delete(10, 2);
    expect(wordsAt(fragment, anchor)).toBe('cache');
  });

  it('follow their words into a later paragraph when paragraphs are added before', () => {
    const { fragment } = fieldWith('First.', 'Second words here.');
    const anchor = anchorRange(fragment, { from: 13, to: 18 })!;
    expect(anchor.quote).toBe('words');
    const intro = new Y.XmlElement('paragraph');
    intro.insert(0, [new Y.XmlText('A new opening paragraph.')]);
    fragment.insert(0, [intro]);
    expect(wordsAt(fragment, anchor)).toBe('words');
  });

  it('are narrowed back to their words when a diff-written edit beside them left the start on a like letter', () => {
    const { fragment } = fieldWith('Done by six.');
    const anchor = anchorRange(fragment, { from: 8, to: 11 })!;
    // Typing "past " before "six" as y-prosemirror writes it: the common prefix takes the old "s", the new one is inserted after it.
    textOf(fragment, 0).insert(9, 'ast s');
    expect(fragmentText(fragment)).toBe('Done by sast six.');
    expect(resolveRange(fragment, anchor.start, anchor.end)).toEqual({ from: 8, to: 16 });
    expect(resolveRange(fragment, anchor.start, anchor.end, anchor.quote)).toEqual({ from: 13, to: 16 });
  });

  it('span paragraphs', () => {
    const { fragment } = fieldWith('One two', 'three four');
    const anchor = anchorRange(fragment, { from: 4, to: 12 })!;
    expect(anchor.quote).toBe('twothree');
    textOf(fragment, 1).insert(0, 'and ');
    expect(wordsAt(fragment, anchor)).toBe('twoand three');
  });

  it('shrink with a partial deletion, and resolve to nothing (orphaned) when all their words are deleted', () => {
    const { fragment } = fieldWith('The cache expires hourly.');
    const anchor = anchorRange(fragment, { from: 4, to: 9 })!;
    textOf(fragment, 0).delete(3, 3);
    expect(wordsAt(fragment, anchor)).toBe('che');
    textOf(fragment, 0).delete(3, 3);
    expect(resolveRange(fragment, anchor.start, anchor.end)).toBeNull();
  });

  it('resolve to nothing when their paragraph is deleted, or the field replaced whole', () => {
    const { fragment } = fieldWith('Keep this.', 'Drop these words.');
    const anchor = anchorRange(fragment, { from: 15, to: 20 })!;
    expect(anchor.quote).toBe('these');
    fragment.delete(1, 1);
    expect(resolveRange(fragment, anchor.start, anchor.end)).toBeNull();
  });

  it('survive the doc going through an update to another replica', () => {
    const { doc, fragment } = fieldWith('The cache expires hourly.');
    const anchor = anchorRange(fragment, { from: 4, to: 9 })!;
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const copy = other.getXmlFragment('field');
    ((copy.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Now ');
    expect(wordsAt(copy, anchor)).toBe('cache');
  });

  it('refuse empty or out-of-range spans, and positions that cannot be read', () => {
    const { fragment } = fieldWith('Short.');
    expect(anchorRange(fragment, { from: 2, to: 2 })).toBeNull();
    expect(anchorRange(fragment, { from: 2, to: 50 })).toBeNull();
    expect(resolveRange(fragment, '!!', '@@')).toBeNull();
    expect(resolveRange(fragment, 'AAAA', 'AAAA')).toBeNull();
  });
});
