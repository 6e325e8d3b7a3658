import { Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PROSE_FRAGMENT_KEY, PROSE_FRAGMENT_OF_KEY, type ProseBlockDoc } from '../../core/draft-doc/draft-doc-layout';
import { seedClientId, seedFragment } from './seed-fragment';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    text: {},
  },
});

const paragraphs = (...texts: string[]) => schema.node('doc', null, texts.map((t) => schema.node('paragraph', null, t ? [schema.text(t)] : [])));

/** A doc with one prose block, the way draft-to-doc lays it out (only the parts a seed touches). */
function docWithProse(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const block = new Y.Map<unknown>();
    block.set('blockId', 'b1');
    block.set('kind', 'prose');
    block.set('markdown', 'Hello');
    block.set(PROSE_FRAGMENT_KEY, new Y.XmlFragment());
    doc.getMap('draft').set('preamble', Y.Array.from([block]));
  });
  return doc;
}

function proseOf(doc: Y.Doc): ProseBlockDoc {
  const block = (doc.getMap('draft').get('preamble') as Y.Array<Y.Map<unknown>>).get(0);
  return { block, fragment: block.get(PROSE_FRAGMENT_KEY) as Y.XmlFragment };
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const textOf = (doc: Y.Doc) => yXmlFragmentToProseMirrorRootNode(proseOf(doc).fragment, schema).textContent;

describe('seedFragment', () => {
  it('two tabs that seed an empty fragment at once end with the text once', () => {
    const a = docWithProse();
    const b = copyOf(a);
    seedFragment(proseOf(a), paragraphs('Hello world'), 'Hello world');
    seedFragment(proseOf(b), paragraphs('Hello world'), 'Hello world');
    exchange(a, b);
    expect(textOf(a)).toBe('Hello world');
    expect(textOf(b)).toBe('Hello world');
    expect(proseOf(a).block.get(PROSE_FRAGMENT_OF_KEY)).toBe('Hello world');
  });

  it('two tabs that seed a stale fragment again at once end with the new text once', () => {
    const a = docWithProse();
    seedFragment(proseOf(a), paragraphs('Old text'), 'Old text');
    const b = copyOf(a);
    seedFragment(proseOf(a), paragraphs('New', 'text'), 'New\n\ntext');
    seedFragment(proseOf(b), paragraphs('New', 'text'), 'New\n\ntext');
    exchange(a, b);
    expect(textOf(a)).toBe('Newtext');
    expect(proseOf(a).fragment.length).toBe(2);
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  it('keeps what another tab typed after its own seed, and the seed is not repeated', () => {
    const a = docWithProse();
    const b = copyOf(a);
    seedFragment(proseOf(a), paragraphs('Hello'), 'Hello');
    // A types into its paragraph before B seeds and before they sync.
    const paragraph = proseOf(a).fragment.get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(5, ' there');
    seedFragment(proseOf(b), paragraphs('Hello'), 'Hello');
    exchange(a, b);
    expect(textOf(a)).toBe('Hello there');
    expect(textOf(b)).toBe('Hello there');
  });

  it('the seed does not depend on edits elsewhere in the document', () => {
    const a = docWithProse();
    const b = copyOf(a);
    b.getMap('draft').set('title', 'Typed in another field');
    expect(seedClientId(proseOf(a), 'x')).toBe(seedClientId(proseOf(b), 'x'));
    seedFragment(proseOf(a), paragraphs('x'), 'x');
    seedFragment(proseOf(b), paragraphs('x'), 'x');
    exchange(a, b);
    expect(textOf(a)).toBe('x');
    expect(textOf(b)).toBe('x');
  });

  it('seeds from different fragments, or of different Markdown, get different client ids', () => {
    const a = docWithProse();
    const idEmpty = seedClientId(proseOf(a), 'x');
    expect(seedClientId(proseOf(a), 'y')).not.toBe(idEmpty);
    seedFragment(proseOf(a), paragraphs('x'), 'x');
    expect(seedClientId(proseOf(a), 'x')).not.toBe(idEmpty);
  });
});
