// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { proseExtensions } from './prose-extensions';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function person(doc: Y.Doc): Editor {
  const editor = new Editor({ element: document.createElement('div'), extensions: proseExtensions({ fragment: doc.getXmlFragment('prose') }) });
  editors.push(editor);
  return editor;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

/** Two people with the same paragraph open, each in their own document, in sync. */
function twoPeople(text: string): { docA: Y.Doc; docB: Y.Doc; ana: Editor; ben: Editor } {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const ana = person(docA);
  ana.commands.setContent(`<p>${text}</p>`);
  exchange(docA, docB);
  const ben = person(docB);
  expect(ben.getText()).toBe(text);
  return { docA, docB, ana, ben };
}

describe('two people typing at the same place at once', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('each keeps typing after their own letters, so both end with whole words (schedule %i)', (seed) => {
    let state = seed;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const { docA, docB, ana, ben } = twoPeople('Seed');
    ana.commands.focus('end');
    ben.commands.focus('end');
    const a = ' alpha bravo';
    const b = ' delta echo';
    for (let k = 0; k < Math.max(a.length, b.length); k += 1) {
      if (a[k]) ana.commands.insertContent(a[k]!);
      if (b[k]) ben.commands.insertContent(b[k]!);
      const r = random();
      if (r < 0.3) Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)), 'remote');
      else if (r < 0.6) Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)), 'remote');
      else if (r < 0.8) exchange(docA, docB);
    }
    exchange(docA, docB);
    expect(ana.getText()).toBe(ben.getText());
    // Each person's letters stay in the order they typed them, together.
    expect(ana.getText()).toContain(a);
    expect(ana.getText()).toContain(b);
  });

  it('a caret in the middle of a paragraph stays after its letter when the other types before it', () => {
    const { docA, docB, ana, ben } = twoPeople('Seed text');
    ana.commands.focus(5); // after "Seed"
    ben.commands.focus(1); // at the start
    ben.commands.insertContent('Now ');
    exchange(docA, docB);
    ana.commands.insertContent('!');
    exchange(docA, docB);
    expect(ana.getText()).toBe('Now Seed! text');
    expect(ben.getText()).toBe('Now Seed! text');
  });

  it('a caret whose letter the other deleted lands where the text was', () => {
    const { docA, docB, ana, ben } = twoPeople('Seed text');
    ana.commands.focus(5); // after "Seed"
    ben.commands.deleteRange({ from: 2, to: 6 }); // "eed " gone
    exchange(docA, docB);
    ana.commands.insertContent('!');
    exchange(docA, docB);
    expect(ana.getText()).toBe('S!text');
  });
});
