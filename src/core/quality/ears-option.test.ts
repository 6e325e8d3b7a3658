import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDraft } from '../draft/load-draft';
import { importMarkdown } from '../markdown/import-markdown';
import { parseTemplate } from '../template/parse-template';
import { validateDraft } from '../validate/validate-draft';

// EARS patterns are a per-template option: a template asks for them with
// `ears: true` in its specwright-template comment, and every draft of it is
// checked for them wherever validateDraft runs (the app's Checks panel, and
// specwright check).

const source = readFileSync(new URL('../../../templates/data-platform-feature-spec.md', import.meta.url), 'utf8');
const spec = readFileSync(new URL('../markdown/__fixtures__/data-platform-feature-spec.md', import.meta.url), 'utf8');
const withOption = (line: string) => source.replace('<!-- specwright-template\n', `<!-- specwright-template\n${line}\n`);
const template = (text: string) => parseTemplate(text, { id: 'data-platform-feature-spec' });
const earsFindings = (text: string) => {
  const { draft } = importMarkdown(spec, template(text).template, { id: 'd', now: new Date(0) });
  return validateDraft(draft).filter((f) => f.code === 'ears-form');
};

describe('the ears template option', () => {
  it('is off unless the template asks for it', () => {
    expect(source).toContain('<!-- specwright-template\n');
    expect(template(source).template.ears).toBeUndefined();
    expect(earsFindings(source)).toEqual([]);
    expect(earsFindings(withOption('ears: false'))).toEqual([]);
  });

  it('checks the requirements of a template that asks for it, at their lines', () => {
    expect(template(withOption('ears: true')).template.ears).toBe(true);
    const found = earsFindings(withOption('ears: true'));
    expect(found.length).toBeGreaterThan(0);
    expect(spec.split('\n')[found[0]!.line! - 1]).toMatch(/^- \*\*(FR|DI|NFR)-\d+\*\*/);
    expect(found[0]!.message).toMatch(/follows no EARS pattern/);
  });

  it('warns about a value it cannot take, naming the line, and leaves the option off', () => {
    const { template: parsed, problems } = template(withOption('ears: sometimes'));
    expect(parsed.ears).toBeUndefined();
    expect(problems).toContainEqual({ severity: 'warning', code: 'template-option-invalid', message: expect.stringContaining('"ears: sometimes"'), line: 2 });
  });

  it('is kept with a stored draft, so the Checks panel still honours it after a reload', () => {
    const { draft } = importMarkdown(spec, template(withOption('ears: true')).template, { id: 'd', now: new Date(0) });
    const loaded = loadDraft(JSON.parse(JSON.stringify(draft)));
    expect(loaded.ok && loaded.draft.template.ears).toBe(true);
    if (loaded.ok) expect(validateDraft(loaded.draft).some((f) => f.code === 'ears-form')).toBe(true);
  });

  it('can be asked for by the caller for any template (the CLI config)', () => {
    const { draft } = importMarkdown(spec, template(source).template, { id: 'd', now: new Date(0) });
    expect(validateDraft(draft, { ears: true }).filter((f) => f.code === 'ears-form')).toEqual(earsFindings(withOption('ears: true')));
  });
});
