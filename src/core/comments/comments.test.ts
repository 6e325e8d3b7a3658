import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { draftOf } from '../draft/__fixtures__/draft-of';
import type { DraftSection } from '../draft/draft-schema';
import { docToDraft } from '../draft-doc/doc-to-draft';
import { draftToDoc } from '../draft-doc/draft-to-doc';
import { proseBlockAt } from '../draft-doc/draft-doc-layout';
import { renderDraft } from '../markdown/render-draft';
import { addComment, addReply, deleteComment, setCommentStatus } from './comment-edits';
import { COMMENTS_KEY } from './comment-schema';
import { locateComment } from './locate-comment';
import { readComments } from './read-comments';
import { reviewSummary } from './review-summary';
import { anchorRange } from './text-anchor';

const by = (id: string, text: string, createdAt = 1_800_000_000_000) => ({ id, text, author: 'Ana', authorId: 'browser-a', createdAt });

function draftWithProse() {
  const draft = draftOf('data-platform-feature-spec.md');
  const doc = draftToDoc(draft);
  const all = (sections: readonly DraftSection[]): DraftSection[] => sections.flatMap((s) => [s, ...all(s.children)]);
  const section = all(draft.sections).find((s) => s.blocks.some((b) => b.kind === 'prose'))!;
  const blockId = section.blocks.find((b) => b.kind === 'prose')!.blockId;
  const { fragment } = proseBlockAt(doc, { area: 'section', sectionId: section.id, blockId })!;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Nightly loads finish by six.')]);
  fragment.insert(0, [paragraph]);
  return { draft, doc, section, blockId, fragment, text: paragraph.get(0) as Y.XmlText };
}

describe('review comments in a draft doc', () => {
  it('keeps comments, replies and their status, and leaves the draft (and so its export) as it was', () => {
    const { draft, doc, section, blockId, fragment } = draftWithProse();
    const before = renderDraft(draft);
    const range = anchorRange(fragment, { from: 0, to: 12 })!;
    expect(addComment(doc, { kind: 'prose', place: section.id, blockId, ...range }, by('c1', 'Which time zone?'))).toBe(true);
    expect(addComment(doc, { kind: 'section', sectionId: section.id }, by('c2', 'Needs an owner.', 1_800_000_000_100))).toBe(true);
    expect(addReply(doc, 'c1', by('r1', 'UTC.', 1_800_000_000_200))).toBe(true);
    expect(setCommentStatus(doc, 'c2', 'resolved')).toBe(true);
    const threads = readComments(doc);
    expect(threads.map((t) => [t.id, t.status, t.replies.map((r) => r.text)])).toEqual([
      ['c1', 'open', ['UTC.']],
      ['c2', 'resolved', []],
    ]);
    const read = docToDraft(doc);
    expect(read.ok && read.draft).toEqual(draft);
    expect(read.ok && renderDraft(read.draft)).toBe(before);
    expect(read.ok && renderDraft(read.draft)).not.toContain('time zone');
  });

  it('skips malformed and hostile entries and keeps the good ones', () => {
    const { doc, section } = draftWithProse();
    addComment(doc, { kind: 'section', sectionId: section.id }, by('good', 'Fine.'));
    const map = doc.getMap(COMMENTS_KEY);
    map.set('bad-1', { v: 1, id: 'bad-1', text: 'no anchor' });
    map.set('bad-2', 'a string');
    map.set('bad-3', { ...(map.get('good') as object), id: 'not-its-key' });
    map.set('__proto__', { v: 1, id: '__proto__', parentId: null, anchor: { kind: 'section', sectionId: 'x' }, author: 'x', authorId: 'y', createdAt: -1, text: 't', status: 'open' });
    map.set('bad-4', { v: 2, id: 'bad-4' });
    map.set('orphan-reply', { ...(map.get('good') as object), id: 'orphan-reply', parentId: 'nowhere', anchor: null });
    map.set('huge', { ...(map.get('good') as object), id: 'huge', text: 'x'.repeat(10_000) });
    expect(readComments(doc).map((t) => t.id)).toEqual(['good']);
    expect(addReply(doc, 'bad-1', by('r', 'reply'))).toBe(false);
    expect(docToDraft(doc).ok).toBe(true);
  });

  it('refuses an empty comment, and deletes only a comment of its author, with its replies', () => {
    const { doc, section } = draftWithProse();
    expect(addComment(doc, { kind: 'section', sectionId: section.id }, by('c0', '   '))).toBe(false);
    addComment(doc, { kind: 'section', sectionId: section.id }, by('c1', 'Mine.'));
    addReply(doc, 'c1', { ...by('r1', 'Theirs.'), authorId: 'browser-b' });
    expect(deleteComment(doc, 'c1', 'browser-b')).toBe(false);
    expect(deleteComment(doc, 'c1', 'browser-a')).toBe(true);
    expect(doc.getMap(COMMENTS_KEY).size).toBe(0);
  });

  it('shows a comment whose words were deleted as on deleted text, with the words it was made on', () => {
    const { doc, section, blockId, fragment, text } = draftWithProse();
    const range = anchorRange(fragment, { from: 0, to: 12 })!;
    addComment(doc, { kind: 'prose', place: section.id, blockId, ...range }, by('c1', 'Which time zone?'));
    const anchor = readComments(doc)[0]!.anchor;
    text.insert(0, 'All ');
    expect(locateComment(doc, anchor)).toEqual({ kind: 'prose', range: { from: 4, to: 16 }, quote: 'Nightly load' });
    text.delete(0, 17);
    expect(locateComment(doc, anchor)).toEqual({ kind: 'orphaned', quote: 'Nightly load' });
    expect(readComments(doc)).toHaveLength(1);
  });

  it('exports a review summary by section, with quoted words, replies and status', () => {
    const { draft, doc, section, blockId, fragment } = draftWithProse();
    addComment(doc, { kind: 'prose', place: section.id, blockId, ...anchorRange(fragment, { from: 0, to: 13 })! }, by('c1', 'Which time zone?\nAnd which day?'));
    addReply(doc, 'c1', { ...by('r1', 'UTC, daily.', 1_800_000_000_500), author: 'Bo' });
    addComment(doc, { kind: 'section', sectionId: section.id }, by('c2', 'Needs an owner.', 1_800_000_000_100));
    setCommentStatus(doc, 'c2', 'resolved');
    addComment(doc, { kind: 'section', sectionId: 'gone' }, by('c3', 'About a removed section.', 1_800_000_000_200));
    const summary = reviewSummary(doc, draft);
    expect(summary).toContain(`## ${section.title}\n\n- **Open**, on “Nightly loads”: Ana (2027-01-15 08:00 UTC): Which time zone?\n  And which day?\n  - Reply: Bo (2027-01-15 08:00 UTC): UTC, daily.\n- **Resolved**, on the section: Ana`);
    expect(summary).toContain('## Sections no longer in the draft\n\n- **Open**, on the section: Ana (2027-01-15 08:00 UTC): About a removed section.');
    expect(summary).toContain('3 comments, 2 open.');
    expect(reviewSummary(new Y.Doc(), draft)).toContain('No comments.');
  });
});
