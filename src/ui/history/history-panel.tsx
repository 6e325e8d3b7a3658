import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Draft } from '../../core/draft/draft-schema';
import { HISTORY_BOUNDS } from '../../core/history/thin-versions';
import type { VersionMeta } from '../../core/history/version-record';
import { importMarkdown } from '../../core/markdown/import-markdown';
import { historyStore } from '../../store/history/history-instance';
import { readDraft } from '../../store/use-draft-selector';
import { CompareView } from '../compare/compare-view';
import { MarkdownView } from '../draft-review/markdown-preview';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { kilobytes, versionLabel, versionTime } from './version-label';
import { closeDialog } from '../dialog-button/dialog-button';
import './history.css';

type Side = { draft: Draft; label: string };
type View = { kind: 'list' } | { kind: 'version'; side: Side } | { kind: 'compare'; before: Side; after: Side };

const EMPTY: VersionMeta[] = [];

/** A draft's versions: mark one, open one read-only, restore, start a new draft, compare any two or one with now or with a Markdown file. */
export function HistoryPanel({ draftId, onOpenDraft }: { draftId: string; onOpenDraft: (id: string) => void }) {
  const root = useRef<HTMLDivElement>(null);
  const onClose = () => closeDialog(root.current);
  const versions = useStore(historyStore, (s) => s.versions[draftId] ?? EMPTY);
  const problem = useStore(historyStore, (s) => s.problem);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [picked, setPicked] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => void historyStore.load(draftId), [draftId]);

  const bytes = versions.reduce((sum, v) => sum + v.bytes, 0);
  const now = (): Side | null => {
    const draft = readDraft(draftId);
    return draft ? { draft, label: 'now' } : null;
  };
  const side = async (v: VersionMeta): Promise<Side | null> => {
    const opened = await historyStore.open(v.id);
    if (!opened.ok) {
      setStatus(opened.reason);
      return null;
    }
    return { draft: opened.draft, label: versionLabel(v) };
  };

  const mark = async (event: FormEvent) => {
    event.preventDefault();
    const kept = await historyStore.record(draftId, 'named', name || `Version of ${new Date().toLocaleDateString()}`);
    setStatus(kept ? `Kept “${versionLabel(kept)}”.` : 'The version could not be kept.');
    setName('');
  };
  const compareWithNow = async (v: VersionMeta) => {
    const [before, after] = [await side(v), now()];
    if (before && after) setView({ kind: 'compare', before, after });
  };
  const comparePicked = async () => {
    // Oldest first: the change list reads from the earlier version to the later one.
    const chosen = versions.filter((v) => picked.includes(v.id)).reverse();
    const [a, b] = await Promise.all(chosen.map(side));
    if (a && b) setView({ kind: 'compare', before: a, after: b });
  };
  const compareFile = async (file: File | undefined) => {
    const current = readDraft(draftId);
    if (!file || !current) return;
    const text = await file.text();
    const read = (markdown: string) => importMarkdown(markdown, current.template, { id: current.id, now: new Date() }).draft;
    // The draft goes through its own export and the same import, so what the export leaves out (empty items) is no difference.
    setView({ kind: 'compare', before: { draft: read(text), label: file.name }, after: { draft: read(exportMarkdown(current)), label: 'now' } });
  };
  const restore = async (v: VersionMeta) => {
    const result = await historyStore.restore(draftId, v.id);
    setStatus(result.ok ? `Restored “${versionLabel(v)}”. The draft as it was is kept as “Before a restore”.` : result.reason);
  };
  const startNew = async (v: VersionMeta) => {
    const result = await historyStore.startNew(v.id);
    if (!result.ok) setStatus(result.reason);
    else {
      onClose();
      onOpenDraft(result.id);
    }
  };

  return (
    <div className="history-panel" ref={root}>
      <header className="history-header">
        <h2 id="history-title">History</h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
      </header>
      {problem && <p className="history-problem" role="alert">{problem}</p>}
      <p className="history-status" role="status">
        {status}
      </p>
      {view.kind !== 'list' && (
        <button type="button" className="button button-secondary" onClick={() => setView({ kind: 'list' })}>
          ← All versions
        </button>
      )}
      {view.kind === 'version' && (
        <section aria-label={`Version ${view.side.label}, read-only`}>
          <p className="history-readonly">Read-only: {view.side.label}</p>
          <MarkdownView markdown={exportMarkdown(view.side.draft)} label={`Version ${view.side.label}`} />
        </section>
      )}
      {view.kind === 'compare' && <CompareView before={view.before.draft} after={view.after.draft} beforeLabel={view.before.label} afterLabel={view.after.label} />}
      {view.kind === 'list' && (
        <>
          <form className="history-mark" onSubmit={(e) => void mark(e)}>
            <label htmlFor="history-name">Name this version</label>
            <input id="history-name" type="text" value={name} placeholder="v1, sent for review" onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button button-primary">
              Mark version
            </button>
          </form>
          <div className="history-tools">
            <button type="button" className="button button-secondary" disabled={picked.length !== 2} onClick={() => void comparePicked()}>
              Compare the two picked
            </button>
            <label className="button button-secondary history-file">
              Compare with a Markdown file…
              <input type="file" accept=".md,.markdown,text/markdown,text/plain" onChange={(e) => void compareFile(e.target.files?.[0])} />
            </label>
          </div>
          <p className="history-usage">
            {versions.length === 1 ? '1 version' : `${versions.length} versions`}, {kilobytes(bytes)} stored (kept within {HISTORY_BOUNDS.maxVersions} versions and {kilobytes(HISTORY_BOUNDS.maxBytes)}; older automatic versions are thinned).
          </p>
          {versions.length === 0 ? (
            <p>No versions yet. One is kept at each download, copy and share, when you mark one, and every ten minutes of editing.</p>
          ) : (
            <ol className="history-list" aria-label="Versions">
              {versions.map((v) => (
                <li key={v.id} className="history-item">
                  <label className="history-pick">
                    <input
                      type="checkbox"
                      checked={picked.includes(v.id)}
                      onChange={(e) => setPicked((p) => (e.target.checked ? [...p, v.id].slice(-2) : p.filter((id) => id !== v.id)))}
                      aria-label={`Pick ${versionLabel(v)} to compare`}
                    />
                  </label>
                  <span className="history-name">{versionLabel(v)}</span>
                  <span className="history-time">{versionTime(v)}</span>
                  <span className="history-actions">
                    <button type="button" onClick={() => void side(v).then((s) => s && setView({ kind: 'version', side: s }))}>
                      Open
                    </button>
                    <button type="button" onClick={() => void compareWithNow(v)}>
                      Compare with now
                    </button>
                    <button type="button" onClick={() => void restore(v)}>
                      Restore
                    </button>
                    <button type="button" onClick={() => void startNew(v)}>
                      Start new draft
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
