import { z } from 'zod';

/**
 * Review comments, kept in the draft's `Y.Doc` beside the draft (never in
 * it): the top-level map `doc.getMap(COMMENTS_KEY)`, one entry per comment
 * or reply, keyed by its id, each a plain value replaced whole (a resolve,
 * an edit). A reply is an entry of its own (with `parentId`), so two people
 * replying at once both keep their reply. Entries come from other tabs and
 * from a team's peers: each is read through this schema and one that does
 * not fit is skipped, never thrown on.
 */
export const COMMENTS_KEY = 'comments';
export const COMMENT_VERSION = 1;

const Id = z.string().min(1).max(100);
/** A Yjs relative position, encoded (`Y.encodeRelativePosition`) as base64url. */
const Position = z.string().min(1).max(400);

export const CommentAnchor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), sectionId: z.string().min(1).max(200) }),
  z.object({
    kind: z.literal('prose'),
    /** Where the prose block is: a section id, `@preamble` or `@footer` (as the editor's block places). */
    place: z.string().min(1).max(200),
    blockId: z.string().min(1).max(200),
    start: Position,
    end: Position,
    /** The words as they were when the comment was made, shown when they are gone. */
    quote: z.string().max(2000),
  }),
]);
export type CommentAnchor = z.infer<typeof CommentAnchor>;
export type ProseAnchor = Extract<CommentAnchor, { kind: 'prose' }>;

export const CommentEntry = z.object({
  v: z.literal(COMMENT_VERSION),
  id: Id,
  /** The comment a reply answers; null for a comment. */
  parentId: Id.nullable(),
  /** What it is on; null for a reply (it is on its comment's). */
  anchor: CommentAnchor.nullable(),
  author: z.string().trim().min(1).max(60),
  /** Who may delete it: a random id this browser keeps (names are not unique). */
  authorId: Id,
  createdAt: z.number().int().nonnegative(),
  text: z.string().trim().min(1).max(5000),
  status: z.enum(['open', 'resolved']),
});
export type CommentEntry = z.infer<typeof CommentEntry>;

/** A comment with its replies, oldest first. */
export type CommentThread = CommentEntry & { anchor: CommentAnchor; replies: CommentEntry[] };
