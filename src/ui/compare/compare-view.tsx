import { useMemo, useState } from 'react';
import { changesMarkdown } from '../../core/compare/changes-markdown';
import { compareDrafts } from '../../core/compare/compare-drafts';
import { describeChanges } from '../../core/compare/describe-changes';
import { openSpecDelta } from '../../core/compare/openspec-delta';
import type { Draft } from '../../core/draft/draft-schema';
import { draftDisplayTitle } from '../../core/draft/draft-title';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { MarkdownView } from '../draft-review/markdown-preview';
import { WordDiff } from './word-diff';
import './compare.css';

/** Two drafts compared: the change list in the spec's terms, then both side by side; the list copies as a PR note or an OpenSpec delta. */
export function CompareView({ before, after, beforeLabel, afterLabel }: { before: Draft; after: Draft; beforeLabel: string; afterLabel: string }) {
  const list = useMemo(() => compareDrafts(before, after), [before, after]);
  const lines = useMemo(() => describeChanges(list, before, after), [list, before, after]);
  const [status, setStatus] = useState('');
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus('The browser did not allow copying.');
    }
  };
  return (
    <section className="compare-view" aria-label={`Compare ${beforeLabel} with ${afterLabel}`}>
      <h3>
        {beforeLabel} → {afterLabel}: {lines.length === 1 ? '1 change' : `${lines.length} changes`}
      </h3>
      <div className="compare-actions">
        <button type="button" className="button button-secondary" onClick={() => void copy(changesMarkdown(lines, beforeLabel), 'The change note')}>
          Copy “Changes since {beforeLabel}”
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy(openSpecDelta(list, lines, after, draftDisplayTitle(after)), 'The OpenSpec delta')}>
          Copy OpenSpec delta
        </button>
        <span role="status">{status}</span>
      </div>
      <ol className="change-list" aria-label="Changes">
        {lines.map((l, k) => (
          <li key={k} className={`change change-${l.verb.replace(' ', '-')}`}>
            <span className="change-summary">{l.summary}</span>
            {l.where && <span className="change-where"> in {l.where}</span>}
            {l.parts ? (
              <div className="change-words">
                <WordDiff parts={l.parts} />
              </div>
            ) : l.verb === 'added' && l.after ? (
              <div className="change-words">
                <ins>{l.after}</ins>
              </div>
            ) : l.verb === 'removed' && l.before ? (
              <div className="change-words">
                <del>{l.before}</del>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="compare-sides">
        <MarkdownView markdown={exportMarkdown(before)} label={beforeLabel} />
        <MarkdownView markdown={exportMarkdown(after)} label={afterLabel} />
      </div>
    </section>
  );
}
