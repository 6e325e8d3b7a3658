import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasReferenceTemplates, referenceTemplatePath } from '../__fixtures__/reference-templates-dir';
import { corpus } from './__fixtures__/corpus/index';
import { corpusMarkdown, corpusTemplates, intendedTemplateId } from './__fixtures__/corpus/load-corpus';
import { filledDrafts, expectedMarkdown } from './__fixtures__/filled-drafts';
import { allTemplates, builtInTemplates } from './__fixtures__/load-templates';
import { defaultTemplateChoice, FREE_FORM_THRESHOLD } from './default-template-choice';
import { matchTemplates } from './match-templates';

const withCorpusTemplates = [...allTemplates, ...corpusTemplates];
// A corpus document meant for a reference template can only be matched when the reference templates are here.
const runnable = corpus.filter((doc) => doc.template.kind !== 'reference' || hasReferenceTemplates);

describe('matchTemplates: the document structure', () => {
  it('ranks each built-in template first for its filled example, above the threshold', () => {
    for (const { templateId } of filledDrafts) {
      const ranked = matchTemplates(expectedMarkdown(templateId), allTemplates);
      expect(ranked[0]?.templateId, templateId).toBe(templateId);
      expect(defaultTemplateChoice(ranked), templateId).toBe(templateId);
    }
  });

  it('matches every corpus document to its template, or to none when it is free-form', () => {
    for (const doc of runnable) {
      const ranked = matchTemplates(corpusMarkdown(doc), withCorpusTemplates);
      expect(defaultTemplateChoice(ranked), `${doc.file}: ${ranked[0]?.templateId} ${ranked[0]?.score}`).toBe(intendedTemplateId(doc.template));
    }
  });

  it('the threshold sits in the gap: every document fits its own template better, and another family worse', () => {
    const right: number[] = [];
    const wrong: number[] = [];
    for (const doc of runnable) {
      const ranked = matchTemplates(corpusMarkdown(doc), withCorpusTemplates);
      const intended = intendedTemplateId(doc.template);
      const own = ranked.find((m) => m.templateId === intended);
      if (own) right.push(own.score);
      // The best template of another family: what the document would get were its own template missing.
      // spec-kit's spec and the built-in feature specs made from it are one family.
      const family = (id: string | null) => (id !== null && /^speckit-spec-template$|-feature-spec$/.test(id) ? 'spec-kit spec' : id);
      const other = ranked.find((m) => family(m.templateId) !== family(intended));
      if (other) wrong.push(other.score);
    }
    expect(Math.min(...right)).toBeGreaterThan(FREE_FORM_THRESHOLD + 0.25);
    expect(Math.max(...wrong)).toBeLessThan(FREE_FORM_THRESHOLD - 0.1);
  });

  it('gives a KEP, a MADR, a Nygard ADR or a NixOS RFC no template of the app, rather than a poor one', () => {
    const foreign = corpus.filter((doc) => doc.template.kind === 'corpus');
    expect(foreign.length).toBeGreaterThanOrEqual(8);
    for (const doc of foreign) {
      const ranked = matchTemplates(corpusMarkdown(doc), allTemplates);
      expect(ranked[0]!.score, `${doc.file}: ${ranked[0]!.templateId}`).toBeLessThan(FREE_FORM_THRESHOLD);
      expect(defaultTemplateChoice(ranked), doc.file).toBeNull();
    }
  });

  it('scores between 0 and 1 and says what it found', () => {
    const doc = corpus.find((d) => d.file === 'madr-0004-postgres-job-queue.md')!;
    const ranked = matchTemplates(corpusMarkdown(doc), withCorpusTemplates);
    for (const match of ranked) {
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
    expect(ranked[0]).toMatchObject({ templateId: 'madr-template', matched: 8, total: 10 });
    expect(ranked[0]!.found.frontmatterKeys).toEqual(['status', 'date', 'decision-makers', 'consulted', 'informed']);
    expect(ranked[0]!.found.sections).toContain('Context and Problem Statement');
    // Headings that share only a placeholder with the template's (`### [Title of option 1]`) are not found.
    expect(ranked[0]!.found.sections).not.toContain('[Title of option 1]');
  });

  it('reads no heading in fenced code, and counts setext headings', () => {
    const nygard = corpusTemplates.find((t) => t.id === 'nygard-adr-template')!;
    const setext = '5. Use Postgres\n===\n\nStatus\n------\n\nAccepted\n\nContext\n-------\n\nx\n\nDecision\n--------\n\ny\n\nConsequences\n------------\n\nz\n';
    expect(matchTemplates(setext, [nygard])[0]).toMatchObject({ matched: 4, score: 1 });
    const fenced = '# Notes\n\n```sh\n## Status\n## Context\n## Decision\n## Consequences\n```\n';
    expect(matchTemplates(fenced, [nygard])[0]).toMatchObject({ matched: 0, score: 0 });
  });

  it('counts headings at the wrong level, or out of order, for less', () => {
    const nygard = corpusTemplates.find((t) => t.id === 'nygard-adr-template')!;
    const right = '# 1. A\n\n## Status\n\n## Context\n\n## Decision\n\n## Consequences\n';
    const shuffled = '# 1. A\n\n## Consequences\n\n## Decision\n\n## Context\n\n## Status\n';
    const levels = '# 1. A\n\n## Status\n\n### Context\n\n## Decision\n\n## Consequences\n';
    const [a, b, c] = [right, shuffled, levels].map((md) => matchTemplates(md, [nygard])[0]!.score);
    expect(a).toBe(1);
    expect(b).toBeLessThan(a!);
    expect(c).toBeLessThan(a!);
    expect(b).toBeGreaterThan(0);
  });

  it('a whole heading set shifted one level (an old-style RFC with `#` sections) still fits fully', () => {
    const doc = corpus.find((d) => d.file === 'rust-rfc-let-else-old-style.md')!;
    const ranked = matchTemplates(corpusMarkdown(doc), withCorpusTemplates);
    if (hasReferenceTemplates) expect(ranked[0]).toMatchObject({ templateId: 'rust-rfc-template', score: 1 });
    else expect(defaultTemplateChoice(ranked)).toBeNull();
  });

  it('reads a run of N in the template title as a number: `KEP-NNNN: ` fits `KEP-4017: `', () => {
    const kep = corpusTemplates.find((t) => t.id === 'kep-template')!;
    const [match] = matchTemplates('# KEP-4017: Pod index label\n\n## Summary\n', [kep]);
    expect(match!.found.title).toBe(true);
    expect(matchTemplates('# KEP: Pod index label\n\n## Summary\n', [kep])[0]!.found.title).toBe(false);
    expect(matchTemplates('# Pod index label\n\n## Summary\n', [kep])[0]!.score).toBeLessThan(match!.score);
  });

  it('uses frontmatter keys and labels: a NixOS RFC is not a Rust RFC, though they share five section names', () => {
    const doc = corpus.find((d) => d.file === 'nixos-rfc-0110-inherit-as-list.md')!;
    const ranked = matchTemplates(corpusMarkdown(doc), withCorpusTemplates);
    expect(ranked[0]).toMatchObject({ templateId: 'nixos-rfc-template' });
    expect(ranked[0]!.found.frontmatterKeys).toHaveLength(7);
  });

  it.skipIf(!hasReferenceTemplates)('the reference templates, filled with their own text, match themselves', () => {
    for (const file of ['rust-rfc-template.md', 'speckit-spec-template.md', 'speckit-plan-template.md', 'speckit-tasks-template.md']) {
      const ranked = matchTemplates(readFileSync(referenceTemplatePath(file), 'utf8'), allTemplates);
      expect(ranked[0]?.templateId, file).toBe(file.replace(/\.md$/, ''));
    }
  });

  it('a built-in template file matches itself', () => {
    for (const template of builtInTemplates) {
      const source = readFileSync(new URL(`../../../templates/${template.id}.md`, import.meta.url), 'utf8');
      expect(matchTemplates(source, builtInTemplates)[0]?.templateId, template.id).toBe(template.id);
    }
  });

  it('gives a document with no structure free-form', () => {
    expect(defaultTemplateChoice(matchTemplates('Just a paragraph.', allTemplates))).toBeNull();
    expect(defaultTemplateChoice([])).toBeNull();
  });
});
