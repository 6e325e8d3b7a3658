import { useEffect, useMemo, useRef, useState } from 'react';
import { newFileLink, newIssueLink } from '../../core/github/github-links';
import { githubTarget, repoName, targetProblems } from '../../core/github/github-target';
import { issueFor, taskItems } from '../../core/github/task-items';
import { exportFileName } from '../../core/markdown/export-file-name';
import { readGithubTarget, saveGithubTarget } from '../../store/github/github-targets';
import { historyStore } from '../../store/history/history-instance';
import { readDraft } from '../../store/use-draft-selector';
import { currentReview } from '../draft-review/review-store';
import { closeDialog } from '../dialog-button/dialog-button';
import './github.css';

/**
 * The draft's repository, branch and path, kept with the draft in this
 * browser; "Open on GitHub" goes to GitHub's new-file page with the exact
 * export in its link (or, when that is too long for a link, copies it and
 * opens the page); "Issues from tasks" makes one new-issue link per picked item.
 */
export function GithubPanel({ draftId }: { draftId: string }) {
  const root = useRef<HTMLDivElement>(null);
  const onClose = () => closeDialog(root.current);
  const draft = readDraft(draftId);
  const [fields, setFields] = useState({ repo: '', branch: 'main', path: draft ? `specs/${exportFileName(draft)}` : 'specs/spec.md' });
  const [loaded, setLoaded] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readGithubTarget(draftId).then((t) => {
      if (t) setFields({ repo: t.repo, branch: t.branch, path: t.path });
      setLoaded(true);
    });
  }, [draftId]);

  const problems = targetProblems({ ...fields, repo: repoName(fields.repo) });
  const markdown = currentReview(draftId).markdown;
  const link = problems.length === 0 ? newFileLink(fields, markdown) : null;
  const items = useMemo(() => (draft ? taskItems(draft) : []), [draft]);

  const save = (next: typeof fields) => {
    setFields(next);
    if (targetProblems({ ...next, repo: repoName(next.repo) }).length === 0) void saveGithubTarget(githubTarget(draftId, next));
  };
  const opened = () => void historyStore.record(draftId, 'github');
  const copyAndOpen = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus('The Markdown is on the clipboard: paste it into the file on GitHub.');
    } catch {
      setStatus('The browser did not allow copying; use Copy Markdown first.');
    }
    opened();
    window.open(link.url, '_blank', 'noopener,noreferrer');
  };

  if (!draft) return null;
  return (
    <div className="github-panel" ref={root}>
      <header className="history-header">
        <h2 id="github-title">Hand off to GitHub</h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
      </header>
      <p>These links open GitHub’s own pages with the spec filled in; you review and commit there. The app sends nothing and needs no token.</p>
      <fieldset className="github-target" disabled={!loaded}>
        <legend>Where this draft goes</legend>
        <label>
          Repository
          <input type="text" value={fields.repo} placeholder="octo-org/specs" spellCheck={false} onChange={(e) => save({ ...fields, repo: e.target.value })} />
        </label>
        <label>
          Branch
          <input type="text" value={fields.branch} spellCheck={false} onChange={(e) => save({ ...fields, branch: e.target.value })} />
        </label>
        <label>
          Path
          <input type="text" value={fields.path} spellCheck={false} onChange={(e) => save({ ...fields, path: e.target.value })} />
        </label>
      </fieldset>
      {problems.length > 0 && fields.repo.trim() !== '' && (
        <ul className="github-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {link &&
        (link.fits ? (
          <p>
            <a className="button button-primary" href={link.url} target="_blank" rel="noopener noreferrer" onClick={opened}>
              Open on GitHub
            </a>
          </p>
        ) : (
          <p>
            <span className="github-too-long">This spec is too long for a link ({Math.round(link.length / 1024)} KB of URL).</span>{' '}
            <button type="button" className="button button-primary" onClick={() => void copyAndOpen()}>
              Copy Markdown and open GitHub
            </button>
          </p>
        ))}
      <p role="status">{status}</p>
      <section aria-labelledby="github-issues-title">
        <h3 id="github-issues-title">Issues from tasks</h3>
        {items.length === 0 ? (
          <p>This draft has no tasks or requirements with text yet.</p>
        ) : (
          <ul className="github-items">
            {items.map((item) => (
              <li key={item.key}>
                <label>
                  <input type="checkbox" checked={picked.includes(item.key)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, item.key] : p.filter((k) => k !== item.key)))} />{' '}
                  {item.id && <strong>{item.id}</strong>} {item.text}
                </label>
              </li>
            ))}
          </ul>
        )}
        {link && picked.length > 0 && (
          <>
            <p>One link per issue (a browser opens one page per click):</p>
            <ul aria-label="New issue links">
              {items
                .filter((i) => picked.includes(i.key))
                .map((item) => {
                  const { title, body } = issueFor(item, draft);
                  return (
                    <li key={item.key}>
                      <a href={newIssueLink(fields.repo, title, body)} target="_blank" rel="noopener noreferrer">
                        New issue: {title}
                      </a>
                    </li>
                  );
                })}
            </ul>
          </>
        )}
        {!link && picked.length > 0 && <p>Set the repository above to make the issue links.</p>}
      </section>
    </div>
  );
}
