import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateSchema } from '../core/template/schema';
import { checkFiles, threadsFor } from './check-files';
import type { FileResult } from './check-message';
import { exitCode } from './exit-code';
import type { SpecFile } from './find-spec-files';
import { loadTemplates } from './load-templates';

// checkFiles in real worker threads (src/cli/check-worker.ts through tsx), against the same files checked in this thread.

const FIXTURES = ['data-platform-feature-spec.md', 'speckit-generated-spec.md', 'opportunity-solution-spec.md', 'gitops-operations-feature-spec.md'];
let dir = '';
let templates: TemplateSchema[] = [];
let files: SpecFile[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specwright-check-files-'));
  templates = (await loadTemplates(null)).map((t) => t.template);
  const texts = await Promise.all(FIXTURES.map((f) => readFile(new URL(`../core/markdown/__fixtures__/${f}`, import.meta.url), 'utf8')));
  // Long and short files in turn, so workers finish out of the order they were handed files in.
  files = await Promise.all(
    Array.from({ length: 12 }, async (_, k) => {
      const shown = `spec-${String(k + 1).padStart(2, '0')}.md`;
      const text = k % 3 === 2 ? '# A note\n\nNothing much.\n' : texts[k % texts.length]!.replace(/^# (.+)$/m, `# $1 (${k + 1})`).repeat(1 + (k % 2) * 3);
      await writeFile(join(dir, shown), text);
      return { path: join(dir, shown), shown };
    }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const none = () => null;
/** Warnings of a run; a run in workers has none (no worker failed to start, so the workers did the checking). */
let warnings: string[] = [];
const warn = (message: string) => void warnings.push(message);
beforeEach(() => {
  warnings = [];
});
afterEach(({ task }) => {
  if (!task.name.includes('no worker can start')) expect(warnings).toEqual([]);
});
const codes = (results: FileResult[]) => results.map((r) => [r.filePath, r.templateId, r.unreadable, r.messages.map((m) => m.code).join(' ')]);

describe('checkFiles', () => {
  it('gives the results of worker threads in the order of the files, the same as checked in one thread', async () => {
    const inOneThread = await checkFiles(files, templates, none, {}, { threads: 1 });
    const inWorkers = await checkFiles(files, templates, none, {}, { threads: 3, hereToo: false, warn });
    const besideThisOne = await checkFiles(files, templates, none, {}, { threads: 2, warn });
    expect(inWorkers.map((r) => r.filePath)).toEqual(files.map((f) => f.shown));
    expect(inWorkers).toEqual(inOneThread);
    expect(besideThisOne).toEqual(inOneThread);
    expect(inOneThread.some((r) => r.messages.length > 0)).toBe(true);
    expect(new Set(inOneThread.map((r) => r.templateId)).size).toBeGreaterThan(2);
  });

  it('hands each worker the template chosen for each file, team templates included', async () => {
    const [first, second] = templates;
    const team: TemplateSchema = { ...first!, id: 'team-own', name: 'Team own' };
    const chosenFor = (file: SpecFile) => (file.shown.endsWith('1.md') ? team : file.shown.endsWith('2.md') ? second! : null);
    const results = await checkFiles(files, templates, chosenFor, {}, { threads: 2, hereToo: false, warn });
    expect(results.map((r) => r.templateId)).toEqual((await checkFiles(files, templates, chosenFor, {}, { threads: 1 })).map((r) => r.templateId));
    expect(results[0]!.templateId).toBe('team-own');
    expect(results[1]!.templateId).toBe(second!.id);
  });

  it('reports a file the check throws on in a worker as that file’s error (exit code 2), and checks the rest', async () => {
    const broken = { ...templates[0]!, id: 'broken', sections: null } as unknown as TemplateSchema;
    const chosenFor = (file: SpecFile) => (file.shown === 'spec-05.md' ? broken : null);
    const results = await checkFiles(files, templates, chosenFor, {}, { threads: 2, hereToo: false, warn });
    const failed = results[4]!;
    expect(failed).toMatchObject({ filePath: 'spec-05.md', templateId: null, unreadable: true });
    expect(failed.messages).toEqual([expect.objectContaining({ code: 'check-failed', severity: 'error', line: 0 })]);
    expect(failed.messages[0]!.message).toMatch(/^Specwright could not check this file \(.+\); please report it\.$/);
    expect(codes(results.filter((_, k) => k !== 4))).toEqual(codes((await checkFiles(files, templates, none, {}, { threads: 1 })).filter((_, k) => k !== 4)));
    expect(exitCode(results)).toBe(2);
  });

  it('reports a file that cannot be read as unreadable (exit code 2), and checks the rest', async () => {
    const withMissing = [...files.slice(0, 3), { path: join(dir, 'gone.md'), shown: 'gone.md' }, ...files.slice(3)];
    const results = await checkFiles(withMissing, templates, none, {}, { threads: 2, hereToo: false, warn });
    expect(results[3]).toMatchObject({ filePath: 'gone.md', unreadable: true, messages: [expect.objectContaining({ code: 'file-unreadable' })] });
    expect(results.filter((r) => r.unreadable)).toHaveLength(1);
    expect(results.map((r) => r.filePath)).toEqual(withMissing.map((f) => f.shown));
    expect(exitCode(results)).toBe(2);
  });

  it('fails only the file a worker stopped on, and checks the rest in a new worker', async () => {
    const stop = { path: files[2]!.path, shown: 'stop-here.md' };
    const withStop = [...files.slice(0, 2), stop, ...files.slice(3)];
    const workerUrl = new URL('./__fixtures__/stopping-worker.ts', import.meta.url);
    const results = await checkFiles(withStop, templates, none, {}, { threads: 2, hereToo: false, workerUrl, warn });
    expect(results[2]).toMatchObject({ filePath: 'stop-here.md', unreadable: true, messages: [expect.objectContaining({ code: 'check-failed' })] });
    expect(results[2]!.messages[0]!.message).toContain('exit code 3');
    const rest = (await checkFiles(files, templates, none, {}, { threads: 1 })).filter((_, k) => k !== 2);
    expect(results.filter((_, k) => k !== 2)).toEqual(rest);
  });

  it('checks every file in this thread when no worker can start', async () => {
    const workerUrl = new URL('./__fixtures__/no-such-worker.mjs', import.meta.url);
    const results = await checkFiles(files, templates, none, {}, { threads: 2, workerUrl, warn });
    expect(results).toEqual(await checkFiles(files, templates, none, {}, { threads: 1 }));
    expect(warnings).toEqual([expect.stringMatching(/^specwright: no worker thread could start \(.*no-such-worker\.mjs\); checking in one thread\.\n$/)]);
  });
});

describe('threadsFor', () => {
  const cores = availableParallelism();
  it('takes the cores that are free, but starts no workers for a handful of files', () => {
    expect(threadsFor(10_000, {}, 0)).toBe(cores);
    expect(threadsFor(10_000, {}, cores - 0.5)).toBe(1);
    expect(threadsFor(10_000, {}, 4 * cores)).toBe(1);
    if (cores > 1) expect(threadsFor(10_000, {}, 1.5)).toBe(cores - 1);
    expect(threadsFor(79, {}, 0)).toBe(1);
    expect(threadsFor(3, { SPECWRIGHT_THREADS: '8' }, 0)).toBe(1);
  });

  it('takes the number SPECWRIGHT_THREADS sets, whatever the load', () => {
    expect(threadsFor(10_000, { SPECWRIGHT_THREADS: '1' }, 0)).toBe(1);
    expect(threadsFor(10_000, { SPECWRIGHT_THREADS: '3' }, 50)).toBe(3);
    expect(threadsFor(10_000, { SPECWRIGHT_THREADS: 'lots' }, 0)).toBe(cores);
  });
});
