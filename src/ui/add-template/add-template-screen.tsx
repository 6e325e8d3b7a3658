import { useDeferredValue, useEffect, useEffectEvent, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { checkTemplateCaps } from '../../core/draft/content-caps';
import { parseTemplate } from '../../core/template/parse-template';
import type { Problem } from '../../core/template/schema';
import type { CustomTemplate } from '../../core/template/load-custom-template';
import { templatesStore } from '../../store/templates-store';
import { TemplatePreview } from '../template-outline/template-preview';
import { readTemplateFile } from './read-template-file';
import { sectionChanges } from './section-changes';
import './add-template-screen.css';

export type AddTemplatePrefill = { source: string; name?: string; description?: string; origin?: string };

type Props = {
  /** Replace this template's Markdown instead of adding a new template. */
  replacing?: CustomTemplate;
  /** Starting text (a draft's structure saved as a template). */
  prefill?: AddTemplatePrefill | undefined;
  cancelHref: string;
  /** After a save: the template's id. */
  onSaved: (id: string) => void;
};

const PREVIEW_ID = 'custom-preview';

/**
 * A template of one's own, from a pasted text, a chosen file or a file
 * dropped anywhere on the page; or a new version of one. Before anything is
 * saved the user sees what the engine read (the outline, flags, fields,
 * placeholders, ID'd lists, groups) and every problem with its line. A
 * template with an error cannot be saved, and the screen says why.
 */
export function AddTemplateScreen({ replacing, prefill, cancelHref, onSaved }: Props) {
  const [source, setSource] = useState(prefill?.source ?? '');
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileMessage, setFileMessage] = useState<{ text: string; refused: boolean } | null>(prefill?.origin ? { text: prefill.origin, refused: false } : null);
  // null: follow what the engine suggests, until the user types their own.
  const [name, setName] = useState<string | null>(prefill?.name ?? null);
  const [description, setDescription] = useState<string | null>(prefill?.description ?? null);
  const [saveError, setSaveError] = useState('');
  const deferred = useDeferredValue(source);
  const ids = { source: useId(), file: useId(), name: useId(), description: useId(), why: useId() };

  const fallbackName = fileName ? nameFromFile(fileName) : 'My template';
  const parsed = useMemo(() => (deferred.trim() === '' ? null : parseTemplate(deferred, { id: replacing?.record.id ?? PREVIEW_ID, fallbackName })), [deferred, fallbackName, replacing]);
  const problems = useMemo(() => {
    const tooBig = parsed && checkTemplateCaps(parsed.template);
    return parsed ? (tooBig ? [...parsed.problems, tooBig] : parsed.problems) : [];
  }, [parsed]);
  const errors = problems.filter((p) => p.severity === 'error');
  const stale = deferred !== source;
  const why = source.trim() === '' ? 'Paste a template, or choose or drop a .md file, to see what Specwright finds in it.' : errors.length > 0 ? cannotSave(errors) : '';

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setSaveError('');
    const result = await readTemplateFile(file);
    if (!result.ok) {
      setFileMessage({ text: result.message, refused: true });
      return;
    }
    setSource(result.text);
    setFileName(file.name);
    setFileMessage({ text: `Read “${file.name}”.`, refused: false });
  };

  const onDrop = useEffectEvent((event: DragEvent) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    void takeFile(event.dataTransfer.files[0]);
  });
  // Drop a file anywhere on the page, not only on a target: the browser would otherwise open it and leave the app.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', onDrop);
    };
  }, []);

  const save = () => {
    if (!parsed || errors.length > 0 || stale) return;
    const result = replacing
      ? templatesStore.getState().replace(replacing.record.id, source)
      : templatesStore.getState().add({ name: name ?? parsed.template.name, description: description ?? parsed.template.description, source });
    if (result.ok) onSaved(result.id);
    else setSaveError(result.reason);
  };

  const changes = replacing && parsed && errors.length === 0 ? sectionChanges(replacing.template, parsed.template) : null;
  const title = replacing ? `Replace “${replacing.record.name}” with a new version` : 'Add your own template';

  return (
    <section className="add-template" aria-labelledby="add-template-title">
      <title>{`${title} · Specwright`}</title>
      <Link className="back-link" to={cancelHref}>
        <span aria-hidden="true">←</span> All templates
      </Link>
      <header className="add-template-intro">
        <h1 id="add-template-title">{title}</h1>
        {replacing ? (
          <p>Paste the new Markdown, or choose or drop a <code>.md</code> file. Drafts already started from this template keep the version they were made from, and offer to move to the new one.</p>
        ) : (
          <p>
            Any Markdown spec template works: headings become sections, and Specwright finds the fields, placeholders and lists in it. Paste it, choose a file, or drop a <code>.md</code> file anywhere on this page. Nothing is saved until you say so.
          </p>
        )}
      </header>

      <div className="add-template-input">
        <label htmlFor={ids.source}>Template Markdown</label>
        <textarea
          id={ids.source}
          value={source}
          onChange={(e) => {
            setSource(e.target.value);
            setSaveError('');
          }}
          rows={12}
          spellCheck={false}
          placeholder={'# Design doc: [TITLE]\n\n## Summary *(mandatory)*\n\n[What and why, in a paragraph]'}
        />
        <label className="add-template-file" htmlFor={ids.file}>
          <span>Or choose a .md file</span>
        </label>
        <input id={ids.file} type="file" accept=".md,.markdown,text/markdown,text/plain" onChange={(e) => void takeFile(e.target.files?.[0]).then(() => (e.target.value = ''))} />
        {fileMessage && (
          <p className={`add-template-file-message${fileMessage.refused ? ' is-refused' : ''}`} role={fileMessage.refused ? 'alert' : 'status'}>
            {fileMessage.text}
          </p>
        )}
      </div>

      {parsed && <Problems problems={problems} />}

      {parsed && errors.length === 0 && (
        <>
          {!replacing && (
            <div className="add-template-names outline-panel">
              <h2>Name and description</h2>
              <p className="outline-panel-intro">As the template picker shows them; suggested from the template.</p>
              <label htmlFor={ids.name}>Name</label>
              <input id={ids.name} value={name ?? parsed.template.name} onChange={(e) => setName(e.target.value)} />
              <label htmlFor={ids.description}>Description</label>
              <input id={ids.description} value={description ?? parsed.template.description} onChange={(e) => setDescription(e.target.value)} placeholder="What the template is for, in one line" />
            </div>
          )}
          {changes && <p className="add-template-changes" role="status">{changes}</p>}
          <TemplatePreview template={parsed.template} />
        </>
      )}

      <div className="add-template-actions">
        <button type="button" className="button button-primary" disabled={!!why || stale} aria-describedby={why ? ids.why : undefined} onClick={save}>
          {replacing ? 'Replace template' : 'Save template'}
        </button>
        <Link className="button button-secondary" to={cancelHref}>
          Cancel
        </Link>
        {why && (
          <p id={ids.why} className={`add-template-why${errors.length > 0 ? ' is-error' : ''}`}>
            {why}
          </p>
        )}
        {saveError && (
          <p className="add-template-why is-error" role="alert">
            Not saved. {saveError}
          </p>
        )}
      </div>
    </section>
  );
}

function Problems({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) {
    return (
      <p className="add-template-ok" role="status">
        No problems found.
      </p>
    );
  }
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className={`add-template-problems${errors > 0 ? ' has-errors' : ''}`} aria-labelledby="add-template-problems-title">
      <h2 id="add-template-problems-title">{errors > 0 ? `${plural(errors, 'error')} to fix` : `${plural(problems.length, 'note')} from reading it`}</h2>
      <ul aria-label="Problems found">
        {sorted.map((p, k) => (
          <li key={k} className={`add-template-problem is-${p.severity}`}>
            <span className={`add-template-severity is-${p.severity}`}>{p.severity === 'error' ? 'Error' : 'Warning'}</span> Line {p.line}: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

function cannotSave(errors: Problem[]): string {
  if (errors.length === 1) return `It can’t be saved until the error on line ${errors[0]!.line} is fixed in its Markdown.`;
  const lines = [...new Set(errors.map((e) => e.line))].sort((a, b) => a - b);
  return `It can’t be saved until the ${errors.length} errors above (${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}) are fixed in its Markdown.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `team-rfc_v2.md` -> `Team rfc v2`. */
function nameFromFile(fileName: string): string {
  const words = fileName.replace(/\.(md|markdown|txt)$/i, '').replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'My template';
}
