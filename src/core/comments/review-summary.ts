import type * as Y from 'yjs';
import type { Draft, DraftSection } from '../draft/draft-schema';
import { draftDisplayTitle } from '../draft/draft-title';
import type { CommentEntry, CommentThread } from './comment-schema';
import { locateComment, sectionOfAnchor } from './locate-comment';
import { readComments } from './read-comments';

/**
 * The review summary: every comment of a draft as a Markdown list, by
 * section in the draft's order, each with the words it is on, its replies
 * and whether it is open or resolved. A download of its own: comments are
 * never part of the spec's export.
 */
export function reviewSummary(doc: Y.Doc, draft: Draft): string {
  const threads = readComments(doc);
  const title = draftDisplayTitle(draft);
  if (threads.length === 0) return `# Review comments: ${title}\n\nNo comments.\n`;
  const groups: { heading: string; threads: CommentThread[] }[] = [];
  const bySection = new Map<string | null, CommentThread[]>();
  for (const thread of threads) {
    const key = sectionOfAnchor(thread.anchor);
    bySection.set(key, [...(bySection.get(key) ?? []), thread]);
  }
  const take = (key: string | null, heading: string) => {
    const found = bySection.get(key);
    if (!found) return;
    groups.push({ heading, threads: found });
    bySection.delete(key);
  };
  take(null, 'Outside the sections');
  for (const section of flatten(draft.sections)) take(section.id, section.title || 'Untitled section');
  const gone = [...bySection.values()].flat();
  if (gone.length > 0) groups.push({ heading: 'Sections no longer in the draft', threads: gone });

  const open = threads.filter((t) => t.status === 'open').length;
  const lines = [`# Review comments: ${title}`, '', `${threads.length} ${threads.length === 1 ? 'comment' : 'comments'}, ${open} open.`];
  for (const group of groups) {
    lines.push('', `## ${oneLine(group.heading)}`, '');
    for (const thread of group.threads) lines.push(...threadLines(doc, thread));
  }
  return `${lines.join('\n')}\n`;
}

function threadLines(doc: Y.Doc, thread: CommentThread): string[] {
  const where = locateComment(doc, thread.anchor);
  const on = where.kind === 'section' ? 'on the section' : where.kind === 'prose' ? `on “${oneLine(where.quote)}”` : `on deleted text “${oneLine(where.quote)}”`;
  const status = thread.status === 'open' ? 'Open' : 'Resolved';
  return [`- **${status}**, ${on}: ${entryText(thread, '  ')}`, ...thread.replies.map((reply) => `  - Reply: ${entryText(reply, '    ')}`)];
}

function entryText(entry: CommentEntry, indent: string): string {
  const text = entry.text.split('\n').join(`\n${indent}`);
  return `${oneLine(entry.author)} (${stamp(entry.createdAt)}): ${text}`;
}

function stamp(time: number): string {
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function flatten(sections: readonly DraftSection[]): DraftSection[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)]);
}
