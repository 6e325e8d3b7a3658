import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasReferenceTemplates } from '../__fixtures__/reference-templates-dir';
import { validateDraft } from '../validate/validate-draft';
import { corpus } from './__fixtures__/corpus/index';
import { corpusMarkdown, corpusTemplate } from './__fixtures__/corpus/load-corpus';
import { fixtureNow } from './__fixtures__/fill-draft';
import { builtInTemplates } from './__fixtures__/load-templates';
import { importMarkdown } from './import-markdown';

const fixtures = new URL('./__fixtures__/', import.meta.url);
const specs = readdirSync(fixtures).filter((f) => f.endsWith('.md')).sort();

/**
 * specwright check imports with `baselines: false` (no export baselines):
 * the findings, lines included, must be the ones a full import gives, and
 * the origin the same but for its baselines.
 */
function expectSameChecks(markdown: string, template: Parameters<typeof importMarkdown>[1]) {
  const full = importMarkdown(markdown, template, { id: 'x', now: fixtureNow });
  const lean = importMarkdown(markdown, template, { id: 'x', now: fixtureNow, baselines: false });
  expect(validateDraft(lean.draft)).toEqual(validateDraft(full.draft));
  expect(lean.report).toEqual(full.report);
  expect({ ...lean.draft, origin: null }).toEqual({ ...full.draft, origin: null });
  const parts = (draft: typeof full.draft) => draft.origin!.parts.map(({ key, span }) => ({ key, span }));
  expect(parts(lean.draft)).toEqual(parts(full.draft));
  expect(lean.draft.origin!.source).toBe(full.draft.origin!.source);
  expect(lean.draft.origin!.parts.every((p) => p.baseline === '')).toBe(true);
  expect(full.draft.origin!.parts.some((p) => p.baseline !== '')).toBe(true);
}

describe('importMarkdown without baselines', () => {
  for (const file of specs) {
    it(`${file}: the same findings against every built-in template`, () => {
      const markdown = readFileSync(new URL(file, fixtures), 'utf8');
      for (const template of builtInTemplates) expectSameChecks(markdown, template);
    });
  }
  for (const doc of corpus) {
    it.skipIf(doc.template.kind === 'reference' && !hasReferenceTemplates)(`${doc.file}: the same findings`, () => {
      const markdown = corpusMarkdown(doc);
      expectSameChecks(markdown, corpusTemplate(doc.template, markdown));
    });
  }
});
