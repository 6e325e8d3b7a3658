import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateEntriesFromSources } from './app/template-entries-from-sources';
import { runCli } from './cli/run-cli';
import { importMarkdown, matchTemplates } from './core/markdown/import-markdown';
import { validateDraft } from './core/validate/validate-draft';
import { templateErrors } from './ui/template-picker/template-errors';

// The Checks panel and `specwright check` give the same findings for the same
// file. The app's side is done as the app does it: the built-in templates as
// the import route lists them (templateEntriesFromSources, those without
// errors), the import screen's best match, importMarkdown, and validateDraft
// (what review-store.ts runs for the panel). The CLI's side is the CLI itself.

const templatesDir = new URL('../templates/', import.meta.url);
const fixturesDir = new URL('./core/markdown/__fixtures__/', import.meta.url);
const sources = Object.fromEntries(
  readdirSync(templatesDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`../../templates/${f}`, readFileSync(new URL(f, templatesDir), 'utf8')]),
);
const usable = templateEntriesFromSources(sources).flatMap((entry) => (entry.template && templateErrors(entry.problems).length === 0 ? [entry.template] : []));
const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.md')).sort();

type Row = { line: number; severity: string; code: string; message: string };
const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify([r.line, r.severity, r.code, r.message])).sort();

function appFindings(text: string): { templateId: string; rows: Row[] } {
  const best = matchTemplates(text, usable)[0]!;
  const template = usable.find((t) => t.id === best.templateId)!;
  const { draft } = importMarkdown(text, template, { id: 'panel', now: new Date() });
  return { templateId: template.id, rows: validateDraft(draft).map((f) => ({ line: f.line ?? 0, severity: f.severity, code: f.code, message: f.message })) };
}

async function cliReport(files: string[]): Promise<{ filePath: string; template: string | null; messages: Row[] }[]> {
  let out = '';
  await runCli(['check', '--format', 'json', ...files], { cwd: fixturesDir.pathname, stdout: (t) => (out += t), stderr: () => {} });
  return JSON.parse(out).files;
}

describe('the Checks panel and specwright check', () => {
  it('have fixture files to compare on, with findings to compare', async () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    const report = await cliReport(fixtures);
    expect(report.flatMap((f) => f.messages).length).toBeGreaterThan(0);
  });

  it.each(fixtures)('give the same findings, at the same lines, for %s', async (file) => {
    const text = readFileSync(new URL(file, fixturesDir), 'utf8');
    const app = appFindings(text);
    const [cli] = await cliReport([file]);
    expect(cli!.template).toBe(app.templateId);
    expect(sorted(cli!.messages)).toEqual(sorted(app.rows));
  });

  it('differ once the document changes, so the comparison can fail', async () => {
    const file = fixtures[0]!;
    const text = readFileSync(new URL(file, fixturesDir), 'utf8');
    const [cli] = await cliReport([file]);
    const changed = appFindings(text.replace(/^(#+ .+)$/m, '$1\n\n[NEEDS CLARIFICATION: who?]'));
    expect(sorted(cli!.messages)).not.toEqual(sorted(changed.rows));
  });
});
