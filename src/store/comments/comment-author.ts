import { teamStore } from '../team/team-store';

const AUTHOR_ID_KEY = 'specwright:comment-author';

/**
 * Who writes a comment here: the name set for presence (team settings) and a
 * random id this browser keeps, so "delete my comment" does not hang on a
 * name two people may share.
 */
export function commentAuthor(): { author: string; authorId: string } {
  return { author: teamStore.getState().settings.user.name, authorId: authorId() };
}

let cached: string | null = null;
function authorId(): string {
  if (cached) return cached;
  try {
    cached = localStorage.getItem(AUTHOR_ID_KEY);
    if (!cached || !/^[\w-]{8,100}$/.test(cached)) {
      cached = crypto.randomUUID();
      localStorage.setItem(AUTHOR_ID_KEY, cached);
    }
  } catch {
    cached ??= crypto.randomUUID();
  }
  return cached;
}

export function newCommentId(): string {
  return crypto.randomUUID();
}
