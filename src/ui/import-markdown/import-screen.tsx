import { useDeferredValue, useId, useMemo, useState } from 'react';
import { checkContentCaps, checkMarkdownSize } from '../../core/draft/content-caps';
import { defaultTemplateChoice, FREE_FORM_THRESHOLD } from '../../core/markdown/default-template-choice';
import { importMarkdown, matchTemplates } from '../../core/markdown/import-markdown';
import { FREE_FORM_TEMPLATE_ID, FREE_FORM_TEMPLATE_NAME, freeFormTemplate } from '../../core/template/free-form-template';
import { parseHeadingFlags } from '../../core/template/parse-heading-flags';
import type { TemplateSchema } from '../../core/template/schema';
import { MatchList } from './match-list';
import { NotInDocument } from './not-in-document';
import { draftsStore } from '../../store/drafts-store';
import { newDraftId } from '../../store/new-draft-id';
import { readMarkdownFile } from './read-markdown-file';
import './import-screen.css';

type Props = {
  templates: TemplateSchema[];
  /** Goes to the editor of the draft just made. */
  onImported: (id: string) => void;
};

/**
 * A spec that already exists as Markdown comes back in: pasted, chosen or
 * dropped; matched to the template whose structure fits best, or to none (a
 * free-form document, each heading a section of prose) when none fits well;
 * the user can pick another; shown as a report of what matched and what is
 * not in the document; then made a new draft.
 */
export function ImportScreen({ templates, onImported }: Props) {
  const [text, setText] = useState('');
  const [fileMessage, setFileMessage] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const deferred = useDeferredValue(text);
  const textId = useId();
  const templateId = useId();

  // Text longer than any draft is refused before matching or importing it, the work that would stall the page.
  const tooLong = useMemo(() => checkMarkdownSize(deferred), [deferred]);
  const matches = useMemo(() => (deferred.trim() && !tooLong ? matchTemplates(deferred, templates) : []), [deferred, templates, tooLong]);
  const choice = chosen ?? defaultTemplateChoice(matches) ?? FREE_FORM_TEMPLATE_ID;
  const freeForm = choice === FREE_FORM_TEMPLATE_ID;
  const template = useMemo(
    () => (freeForm ? (deferred.trim() && !tooLong ? freeFormTemplate(deferred) : undefined) : templates.find((t) => t.id === choice)),
    [freeForm, deferred, tooLong, templates, choice],
  );
  const imported = useMemo(() => (template && deferred.trim() && !tooLong ? importMarkdown(deferred, template, { id: 'preview', now: new Date() }) : null), [deferred, template, tooLong]);
  const preview = imported?.report ?? null;
  const tooBig = tooLong ?? (imported ? checkContentCaps(imported.draft) : null);

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readMarkdownFile(file);
    const tooLongFile = result.ok ? checkMarkdownSize(result.text) : null;
    if (tooLongFile) {
      setFileMessage(`“${file.name}” cannot be imported. ${tooLongFile.message}`);
    } else if (result.ok) {
      setText(result.text);
      setChosen(null);
      setFileMessage(`Read “${file.name}”.`);
    } else {
      setFileMessage(result.message);
    }
  };

  const create = () => {
    if (!template || !text.trim() || checkMarkdownSize(text)) return;
    // Free-form: the structure of the text as it is now, not of the preview's.
    const { draft } = importMarkdown(text, freeForm ? freeFormTemplate(text) : template, { id: newDraftId(), now: new Date() });
    // Shown already from the preview; checked again on the text as it is now.
    if (checkContentCaps(draft)) return;
    onImported(draftsStore.getState().add(draft));
  };

  return (
    <section className="import-screen" aria-labelledby="import-title">
      <title>Import a Markdown spec · Specwright</title>
      <h1 id="import-title">Import a Markdown spec</h1>
      <p>Paste a spec, or choose or drop a <code>.md</code> file. It becomes a new draft: sections the template knows fill their fields, and anything else is kept as extra sections.</p>
      <div
        className="import-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void takeFile(e.dataTransfer.files[0]);
        }}
      >
        <label htmlFor={textId}>Markdown</label>
        <textarea id={textId} value={text} onChange={(e) => setText(e.target.value)} rows={14} spellCheck={false} placeholder="# Feature Specification: …" />
        <label className="import-file">
          <span>Or choose a file</span>
          <input type="file" accept=".md,.markdown,text/markdown,text/plain" onChange={(e) => void takeFile(e.target.files?.[0])} />
        </label>
        <p className="import-file-message" role="status">
          {fileMessage}
        </p>
      </div>

      {tooBig && (
        <p className="import-refused" role="alert">
          This spec is too big to import. {tooBig.message}
        </p>
      )}
      {matches.length > 0 && template && (
        <div className="import-match">
          <MatchList matches={matches} templates={templates} freeFormDefault={defaultTemplateChoice(matches) === null} threshold={FREE_FORM_THRESHOLD} />
          <label htmlFor={templateId}>Template</label>
          <select id={templateId} value={choice} onChange={(e) => setChosen(e.target.value)}>
            {matches.map((m) => {
              const t = templates.find((x) => x.id === m.templateId);
              return (
                <option key={m.templateId} value={m.templateId}>
                  {t?.name ?? m.templateId} — {m.matched} of {m.total} headings match
                </option>
              );
            })}
            <option value={FREE_FORM_TEMPLATE_ID}>{FREE_FORM_TEMPLATE_NAME}</option>
          </select>
          {preview && (
            <ul className="import-report" aria-label="What the import found">
              {freeForm ? (
                <li>No template: every heading of the file ({preview.matchedSections.length}) becomes a section of prose, at its own level.</li>
              ) : (
                <li>{preview.matchedSections.length} sections match the template.</li>
              )}
              {preview.matchedSections.length > 0 && <li>Sections found: {preview.matchedSections.map((s) => parseHeadingFlags(s.heading).title).join(', ')}.</li>}
              <li>
                {preview.filledFields.length} document {preview.filledFields.length === 1 ? 'field is' : 'fields are'} filled.
              </li>
              {preview.extraSections.length > 0 && (
                <li>
                  {preview.extraSections.length} {preview.extraSections.length === 1 ? 'section is' : 'sections are'} not in the template and will be kept as extra sections: {preview.extraSections.map((s) => s.heading).join(', ')}.
                </li>
              )}
            </ul>
          )}
          {preview && <NotInDocument sections={preview.missingSections} />}
          <button type="button" className="button button-primary" onClick={create} disabled={tooBig !== null}>
            Create draft
          </button>
        </div>
      )}
    </section>
  );
}
