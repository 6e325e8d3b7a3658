import { describe, expect, it } from 'vitest';
import { hasReferenceTemplates } from '../__fixtures__/reference-templates-dir';
import { corpus } from '../markdown/__fixtures__/corpus/index';
import { corpusMarkdown, corpusTemplate } from '../markdown/__fixtures__/corpus/load-corpus';
import { fixtureNow } from '../markdown/__fixtures__/fill-draft';
import { importMarkdown } from '../markdown/import-markdown';
import { validateDraft } from './validate-draft';

/**
 * The round-trip corpus (realistic finished documents: KEPs, RFCs, ADRs,
 * spec-kit specs, design docs) imported against their templates: none of
 * them has a blank left, so no check may say so. Each finding on an imported
 * document names its line in the file.
 */
describe('checks on the corpus of finished documents', () => {
  for (const doc of corpus) {
    const skip = doc.template.kind === 'reference' && !hasReferenceTemplates;
    it.skipIf(skip)(`${doc.file}: no "placeholder left"; every finding has its line`, () => {
      const markdown = corpusMarkdown(doc);
      const { draft } = importMarkdown(markdown, corpusTemplate(doc.template, markdown), { id: 'corpus', now: fixtureNow });
      const findings = validateDraft(draft);
      expect(findings.filter((f) => f.code === 'placeholder-left').map((f) => f.message)).toEqual([]);
      const lines = markdown.split('\n').length;
      for (const finding of findings.filter((f) => f.code !== 'not-in-document')) expect(finding.line, finding.message).toBeGreaterThanOrEqual(1);
      for (const finding of findings) if (finding.line !== undefined) expect(finding.line).toBeLessThanOrEqual(lines);
    });
  }
});
