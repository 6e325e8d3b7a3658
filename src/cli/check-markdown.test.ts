import { FREE_FORM_TEMPLATE_ID } from '../core/template/free-form-template';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateSchema } from '../core/template/schema';
import { importMarkdown } from '../core/markdown/import-markdown';
import { parseTemplate } from '../core/template/parse-template';
import { validateDraft } from '../core/validate/validate-draft';
import { checkMarkdown } from './check-markdown';
import { BUILT_IN_DIR, loadTemplates } from './load-templates';

const fixture = readFileSync(new URL('../core/markdown/__fixtures__/data-platform-feature-spec.md', import.meta.url), 'utf8');
let templates: TemplateSchema[] = [];
beforeAll(async () => {
  templates = (await loadTemplates(null)).map((t) => t.template);
});
const byId = (id: string) => templates.find((t) => t.id === id)!;

describe('checkMarkdown', () => {
  it('picks the template by structure and places each finding at its line and the column of the ID it names', () => {
    const { templateId, messages } = checkMarkdown(fixture, templates, null);
    expect(templateId).toBe('data-platform-feature-spec');
    const lines = fixture.split('\n');
    const clarification = messages.find((m) => m.code === 'clarification-present')!;
    expect(lines[clarification.line - 1]).toContain('**FR-006**');
    expect(lines[clarification.line - 1]!.slice(clarification.column - 1)).toMatch(/^FR-006/);
  });

  it('finds what a broken spec gets wrong', () => {
    const broken = fixture.replace('- **FR-003**', '- **FR-002**').replace('Pipeline Run History Ingestion', '[FEATURE NAME]');
    const codes = checkMarkdown(broken, templates, null).messages.map((m) => `${m.line} ${m.severity} ${m.code}`);
    expect(codes).toContain('1 error title-empty');
    expect(codes.some((c) => / error id-duplicate$/.test(c))).toBe(true);
  });

  it('checks against the template it is given, even a poor fit', () => {
    const { templateId, messages } = checkMarkdown(fixture, templates, byId('opportunity-solution-spec'));
    expect(templateId).toBe('opportunity-solution-spec');
    expect(messages.length).toBeGreaterThan(checkMarkdown(fixture, templates, null).messages.length);
  });

  it('turns rules off or changes their severity', () => {
    const off = checkMarkdown(fixture, templates, null, { rules: { 'clarification-present': 'off' } }).messages;
    expect(off.some((m) => m.code === 'clarification-present')).toBe(false);
    const raised = checkMarkdown(fixture, templates, null, { rules: { 'clarification-present': 'error' } }).messages;
    expect(raised.find((m) => m.code === 'clarification-present')?.severity).toBe('error');
  });

  it('checks EARS patterns for the templates the config names', () => {
    const ears = (option: boolean | string[]) => checkMarkdown(fixture, templates, null, { ears: option }).messages.filter((m) => m.code === 'ears-form');
    expect(ears(false)).toEqual([]);
    expect(ears(['opportunity-solution-spec'])).toEqual([]);
    const found = ears(['data-platform-feature-spec']);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(ears(true));
    expect(fixture.split('\n')[found[0]!.line - 1]).toMatch(/^- \*\*(FR|DI|NFR)-\d+/);
  });

  it('checks EARS patterns for a template that asks for them itself (ears: true), as the Checks panel does', async () => {
    const source = readFileSync(new URL('data-platform-feature-spec.md', `file://${BUILT_IN_DIR}`), 'utf8').replace('<!-- specwright-template\n', '<!-- specwright-template\nears: true\n');
    const asking = parseTemplate(source, { id: 'data-platform-feature-spec' }).template;
    const own = [...templates.filter((t) => t.id !== asking.id), asking];
    const { templateId, messages } = checkMarkdown(fixture, own, null);
    expect(templateId).toBe('data-platform-feature-spec');
    const cli = messages.filter((m) => m.code === 'ears-form');
    expect(cli.length).toBeGreaterThan(0);
    // The app's side: the draft the import screen makes, checked as review-store checks it.
    const { draft } = importMarkdown(fixture, asking, { id: 'panel', now: new Date() });
    const panel = validateDraft(draft).filter((f) => f.code === 'ears-form');
    expect(cli.map((m) => [m.line, m.message])).toEqual(panel.map((f) => [f.line, f.message]));
    // A config turns it off like any other rule.
    expect(checkMarkdown(fixture, own, null, { rules: { 'ears-form': 'off' } }).messages.some((m) => m.code === 'ears-form')).toBe(false);
  });

  it('refuses text the import screen refuses, as one error on the file', () => {
    expect(checkMarkdown('# A\n\nx\u0000y', templates, null).messages).toEqual([{ line: 0, column: 0, severity: 'error', code: 'not-text', message: 'This is not a text file: it holds a NUL byte on line 3.' }]);
    const huge = checkMarkdown(`${fixture}\n${'word '.repeat(210_000)}`, templates, null);
    expect(huge).toMatchObject({ templateId: null, messages: [{ line: 0, severity: 'error', code: 'too-large' }] });
  });

  it('checks a file that fits no template well as a free-form document, as the import screen reads it', () => {
    const clean = checkMarkdown('# Shopping\n\n## Fruit\n\n- apples\n', templates, null);
    expect(clean).toEqual({ templateId: FREE_FORM_TEMPLATE_ID, messages: [] });
    // Free-form, the checks that need no template still hold: here, an open question, at its line.
    const open = checkMarkdown('# Notes\n\n## Fruit\n\nApples [NEEDS CLARIFICATION: which kind?].\n', templates, null);
    expect(open.templateId).toBe(FREE_FORM_TEMPLATE_ID);
    expect(open.messages).toMatchObject([{ line: 5, code: 'clarification-present' }]);
  });

  it('has the built-in templates to choose from', () => {
    expect(BUILT_IN_DIR).toMatch(/templates[\\/]$/);
    expect(templates.map((t) => t.id)).toContain('data-platform-feature-spec');
  });
});
