import { repoName, type GithubTarget } from './github-target';

/**
 * The longest link handed to GitHub. Its servers answer 414 URI Too Long past
 * about 8 KB of URL; staying under that leaves room for proxies in between.
 */
export const MAX_GITHUB_URL = 8000;

const segments = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export type NewFileLink =
  /** The whole Markdown is in the link. */
  | { fits: true; url: string }
  /** Too long for a link: the page opens with the file name only, and the Markdown goes through the clipboard. */
  | { fits: false; url: string; length: number };

/** GitHub's new-file page with the path and the Markdown filled in (its `filename` and `value` parameters). */
export function newFileLink(target: Pick<GithubTarget, 'repo' | 'branch' | 'path'>, markdown: string): NewFileLink {
  const base = `https://github.com/${repoName(target.repo)}/new/${segments(target.branch)}?filename=${encodeURIComponent(target.path)}`;
  const full = `${base}&value=${encodeURIComponent(markdown)}`;
  return full.length <= MAX_GITHUB_URL ? { fits: true, url: full } : { fits: false, url: base, length: full.length };
}

/** GitHub's new-issue page with a title and body filled in; the body is cut (and says so) to keep the link within bounds. */
export function newIssueLink(repo: string, title: string, body: string): string {
  const base = `https://github.com/${repoName(repo)}/issues/new?title=${encodeURIComponent(title)}&body=`;
  let text = body;
  while (base.length + encodeURIComponent(text).length > MAX_GITHUB_URL && text.length > 0) text = `${text.slice(0, Math.floor(text.length * 0.8))}\n\n(cut to fit a link)`;
  return base + encodeURIComponent(text);
}
