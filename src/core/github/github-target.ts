import { z } from 'zod';

export const GITHUB_TARGET_KIND = 'specwright/github-target';
export const GITHUB_TARGET_VERSION = 1;

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** Where a draft goes on GitHub: a repository, a branch and a path in it. Nothing is sent: these only build links. */
export const GithubTarget = z.object({
  kind: z.literal(GITHUB_TARGET_KIND),
  version: z.literal(GITHUB_TARGET_VERSION),
  /** The draft's id: the record's key. */
  id: z.string().min(1),
  repo: z.string(),
  branch: z.string(),
  path: z.string(),
});
export type GithubTarget = z.infer<typeof GithubTarget>;

export function githubTarget(id: string, fields: { repo: string; branch: string; path: string }): GithubTarget {
  return { kind: GITHUB_TARGET_KIND, version: GITHUB_TARGET_VERSION, id, repo: fields.repo.trim(), branch: fields.branch.trim(), path: fields.path.trim() };
}

/** What is wrong with a target, in words a person can act on; empty when it can build links. */
export function targetProblems(target: Pick<GithubTarget, 'repo' | 'branch' | 'path'>): string[] {
  const problems: string[] = [];
  const repo = target.repo.replace(/^https:\/\/github\.com\//, '').replace(/\.git$/, '');
  if (!REPO.test(repo)) problems.push('The repository is owner/name, like octo-org/specs.');
  if (!target.branch || /\s|\.\.|^\/|\/$|[~^:?*[\\]/.test(target.branch)) problems.push('The branch is a name like main or docs/run-history, without spaces.');
  if (!target.path || target.path.startsWith('/') || target.path.split('/').some((part) => part === '' || part === '..' || part === '.')) problems.push('The path is a file in the repository, like specs/run-history.md.');
  return problems;
}

/** `https://github.com/owner/name` (or a `.git` clone address) -> `owner/name`. */
export function repoName(repo: string): string {
  return repo.trim().replace(/^https:\/\/github\.com\//, '').replace(/\.git$/, '').replace(/\/$/, '');
}
