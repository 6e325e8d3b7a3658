import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { builtInTemplates } from '../markdown/__fixtures__/load-templates';
import { MAX_GITHUB_URL, newFileLink, newIssueLink } from './github-links';
import { targetProblems } from './github-target';
import { issueFor, taskItems } from './task-items';

const target = { repo: 'octo-org/specs', branch: 'docs/run-history', path: 'specs/run history.md' };

describe('newFileLink', () => {
  it('carries the exact Markdown and the path in GitHub’s new-file parameters', () => {
    const markdown = '# Spec: Run history\n\n- **FR-001**: System MUST keep runs & retries (100%) — “quoted” #tag\n';
    const link = newFileLink(target, markdown);
    expect(link.fits).toBe(true);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://github.com/octo-org/specs/new/docs/run-history');
    expect(url.searchParams.get('filename')).toBe('specs/run history.md');
    expect(url.searchParams.get('value')).toBe(markdown);
  });

  it('falls back to the page without the Markdown when the link would be too long', () => {
    const link = newFileLink(target, 'x'.repeat(MAX_GITHUB_URL));
    expect(link.fits).toBe(false);
    expect(link.url.length).toBeLessThan(200);
    expect(new URL(link.url).searchParams.get('value')).toBeNull();
    if (!link.fits) expect(link.length).toBeGreaterThan(MAX_GITHUB_URL);
  });

  it('accepts a pasted repository address', () => {
    expect(new URL(newFileLink({ ...target, repo: 'https://github.com/octo-org/specs.git' }, 'x').url).pathname).toBe('/octo-org/specs/new/docs/run-history');
  });
});

describe('targetProblems', () => {
  it('says what is wrong with a repository, branch or path', () => {
    expect(targetProblems(target)).toEqual([]);
    expect(targetProblems({ ...target, repo: 'specs' })[0]).toMatch(/owner\/name/);
    expect(targetProblems({ ...target, branch: 'my branch' })[0]).toMatch(/branch/);
    expect(targetProblems({ ...target, path: '../etc/passwd' })[0]).toMatch(/path/);
    expect(targetProblems({ ...target, path: '/abs.md' })[0]).toMatch(/path/);
  });
});

describe('issues from tasks', () => {
  const template = builtInTemplates.find((t) => t.id === 'data-platform-feature-spec')!;
  const draft = createDraft(template, { id: 'd', now: new Date('2026-12-02T10:00:00Z') });

  it('lists the ID’d items with text, and makes a prefilled new-issue link for one', () => {
    const items = taskItems(draft);
    const fr1 = items.find((i) => i.id === 'FR-001')!;
    expect(fr1.section).toMatch(/Functional Requirements/);
    const { title, body } = issueFor(fr1, draft);
    expect(title.startsWith('FR-001: System MUST')).toBe(true);
    const url = new URL(newIssueLink('octo-org/specs', title, body));
    expect(url.pathname).toBe('/octo-org/specs/issues/new');
    expect(url.searchParams.get('title')).toBe(title);
    expect(url.searchParams.get('body')).toContain(fr1.text);
  });

  it('cuts a long body to fit a link, and says so', () => {
    const url = newIssueLink('octo-org/specs', 'T001: long', 'word '.repeat(5000));
    expect(url.length).toBeLessThanOrEqual(MAX_GITHUB_URL);
    expect(new URL(url).searchParams.get('body')).toContain('(cut to fit a link)');
  });
});
