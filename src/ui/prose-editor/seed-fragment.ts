import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { PROSE_FRAGMENT_OF_KEY, type ProseBlockDoc } from '../../core/draft-doc/draft-doc-layout';

/** The origin of a seed's update (it is no edit of the user's). */
const SEED_ORIGIN = 'prose-seed';

/**
 * Writes a prose field's content into its fragment (emptying it first), the
 * same way in every tab and browser that does it from the same state.
 *
 * Two tabs (or two team members) that open a field whose fragment is empty,
 * or stale, at the same moment both seed it before either hears of the other.
 * Seeded with their own client ids, both inserts would be kept and the text
 * would read twice. Here the seed is made by a client id that is a hash of
 * what it depends on (the fragment's own items and the field's Markdown), at
 * that client's next clock, so two seeds from the same state are the same
 * update, byte for byte, and Yjs keeps one. A seed from another state gets
 * another id (the text may then read twice, as before, only when two tabs
 * truly saw different fragments).
 */
export function seedFragment(collab: ProseBlockDoc, content: ProseMirrorNode, markdown: string): void {
  const doc = collab.fragment.doc;
  const fragmentId = collab.fragment._item?.id;
  const blockId = collab.block._item?.id;
  if (!doc || !fragmentId || !blockId) {
    // Not in a document (or a root type): nothing to merge with, so nothing to make deterministic.
    collab.fragment.delete(0, collab.fragment.length);
    prosemirrorToYXmlFragment(content, collab.fragment);
    collab.block.set(PROSE_FRAGMENT_OF_KEY, markdown);
    return;
  }
  const before = Y.encodeStateVector(doc);
  const scratch = new Y.Doc({ gc: false });
  scratch.clientID = seedClientId(collab, markdown);
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const fragment = typeAt(scratch, fragmentId);
  const block = typeAt(scratch, blockId);
  if (!(fragment instanceof Y.XmlFragment) || !(block instanceof Y.Map)) throw new Error('The prose field is not in its document.');
  scratch.transact(() => {
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(content, fragment);
    block.set(PROSE_FRAGMENT_OF_KEY, markdown);
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, before), SEED_ORIGIN);
  scratch.destroy();
}

function typeAt(doc: Y.Doc, id: Y.ID): unknown {
  const item = Y.getItem(doc.store, id);
  return item instanceof Y.Item && item.content instanceof Y.ContentType ? item.content.type : null;
}

/**
 * A 32-bit client id from the fragment's item ids (with its deleted ones: they
 * decide where an insert goes), the item that holds `fragmentOf`, and the
 * Markdown. FNV-1a; never 0.
 */
export function seedClientId(collab: ProseBlockDoc, markdown: string): number {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let k = 0; k < text.length; k += 1) {
      hash ^= text.charCodeAt(k);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  const id = (item: Y.Item | null | undefined) => add(item ? `${item.id.client}:${item.id.clock};` : '-;');
  id(collab.fragment._item);
  for (let item = collab.fragment._start; item; item = item.right) id(item);
  add('|');
  id(collab.block._map.get(PROSE_FRAGMENT_OF_KEY));
  add('|');
  add(markdown);
  return hash >>> 0 || 1;
}
