import { checkContentCaps, checkMarkdownSize } from '../core/draft/content-caps';
import { defaultTemplateChoice } from '../core/markdown/default-template-choice';
import { importMarkdown, matchTemplates } from '../core/markdown/import-markdown';
import { freeFormTemplate } from '../core/template/free-form-template';
import type { TemplateSchema } from '../core/template/schema';
import type { Finding } from '../core/validate/finding';
import { validateDraft } from '../core/validate/validate-draft';
import type { CheckMessage } from './check-message';
import type { CheckConfig, RuleSetting } from './check-config';

export type Rules = Readonly<Record<string, RuleSetting>>;
export type CheckOptions = { rules?: Rules; ears?: CheckConfig['ears'] };

export type MarkdownCheck = { templateId: string | null; messages: CheckMessage[] };

const IMPORTED_AT = new Date(0);

/**
 * What the app's Checks panel shows for this Markdown once imported: the
 * template picked by structure as the import screen picks it (or `chosen`),
 * importMarkdown, then validateDraft, each finding at its line of the file.
 * Text the import screen refuses (a NUL byte, more than a draft may hold)
 * gives one error instead. `rules` turn codes off or change their severity;
 * `ears` adds the EARS check (ears-form) for every template (true) or those
 * listed, beside the templates that ask for it themselves (`ears: true`).
 */
export function checkMarkdown(text: string, templates: readonly TemplateSchema[], chosen: TemplateSchema | null, { rules = {}, ears = false }: CheckOptions = {}): MarkdownCheck {
  const { templateId, messages } = checkUnruled(text, templates, chosen, ears);
  return { templateId, messages: applyRules(messages, rules) };
}

function checkUnruled(text: string, templates: readonly TemplateSchema[], chosen: TemplateSchema | null, ears: CheckOptions['ears']): MarkdownCheck {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return { templateId: null, messages: [fileError('not-text', `This is not a text file: it holds a NUL byte on line ${line}.`)] };
  }
  const tooLong = checkMarkdownSize(text);
  if (tooLong) return { templateId: null, messages: [fileError('too-large', `${tooLong.message} It cannot be imported, so it is not checked.`)] };
  const template = chosen ?? pickTemplate(text, templates);
  const { draft } = importMarkdown(text, template, { id: 'specwright-check', now: IMPORTED_AT, baselines: false });
  const tooBig = checkContentCaps(draft);
  if (tooBig) return { templateId: template.id, messages: [fileError('too-large', `${tooBig.message} It cannot be imported, so it is not checked.`)] };
  const lines = text.split('\n');
  const earsOn = ears === true || (Array.isArray(ears) && ears.includes(template.id));
  const findings = validateDraft(draft, { ears: earsOn });
  const messages = findings.map((finding) => toMessage(finding, lines));
  return { templateId: template.id, messages: messages.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** The import screen's choice: the best match when it fits well, else the document as a free-form one (each heading a section). */
function pickTemplate(text: string, templates: readonly TemplateSchema[]): TemplateSchema {
  const chosen = defaultTemplateChoice(matchTemplates(text, [...templates]));
  return templates.find((t) => t.id === chosen) ?? freeFormTemplate(text);
}

/** A finding at its line; the column of the ID or field it names when that is on the line, else 1. */
function toMessage(finding: Finding, lines: string[]): CheckMessage {
  const line = finding.line ?? 0;
  const at = line > 0 && finding.field ? (lines[line - 1]?.indexOf(finding.field) ?? -1) : -1;
  const column = line === 0 ? 0 : at + 1 || 1;
  return { line, column, severity: finding.severity, code: finding.code, message: finding.message };
}

function fileError(code: 'not-text' | 'too-large', message: string): CheckMessage {
  return { line: 0, column: 0, severity: 'error', code, message };
}

function applyRules(messages: CheckMessage[], rules: Rules): CheckMessage[] {
  return messages.flatMap((m) => {
    const setting = Object.hasOwn(rules, m.code) ? rules[m.code] : undefined;
    if (setting === 'off') return [];
    return setting ? [{ ...m, severity: setting }] : [m];
  });
}
