import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasReferenceTemplates, referenceTemplatePath } from '../__fixtures__/reference-templates-dir';
import { importMarkdown } from '../markdown/import-markdown';
import { parseTemplate } from '../template/parse-template';
import { expectWellFormed, ofCode } from './__fixtures__/expect-findings';
import { validateDraft } from './validate-draft';

// Real-looking finished specs, imported against their own template: Rust code
// blocks, `&[T]`, `#[derive(Debug)]`, `[dependencies]`, reference links whose
// definitions sit at the end of the file, checkboxes. None is a placeholder.

const NOW = new Date('2026-12-01T10:00:00Z');
const finished = (file: string) => readFileSync(new URL(`./__fixtures__/finished/${file}`, import.meta.url), 'utf8');
const markdownFixture = (file: string) => readFileSync(new URL(`../markdown/__fixtures__/${file}`, import.meta.url), 'utf8');
const builtIn = (file: string) => new URL(`../../../templates/${file}`, import.meta.url);

function imported(markdown: string, templatePath: string | URL) {
  const { template } = parseTemplate(readFileSync(templatePath, 'utf8'), { id: 'template' });
  const { draft } = importMarkdown(markdown, template, { id: 'imported', now: NOW });
  const findings = validateDraft(draft);
  expectWellFormed(draft, findings);
  return findings;
}

describe.skipIf(!hasReferenceTemplates)('finished documents of the reference templates', () => {
  it.each([
    ['rust-rfc-slice-chunk-by.md', 'rust-rfc-template.md'],
    ['rust-rfc-cargo-features.md', 'rust-rfc-template.md'],
    ['speckit-spec-offline-sync.md', 'speckit-spec-template.md'],
  ])('%s has nothing to report', (file, template) => {
    expect(imported(finished(file), referenceTemplatePath(template))).toEqual([]);
  });

  it('spec-kit\'s own generated spec has no placeholder left', () => {
    expect(ofCode(imported(markdownFixture('speckit-generated-spec.md'), referenceTemplatePath('speckit-spec-template.md')), 'placeholder-left')).toEqual([]);
  });

  it('the same RFC without its link definitions does have placeholders: the definitions are what make them links', () => {
    const undefined_ = finished('rust-rfc-slice-chunk-by.md').replace(/^\[[^\]]+\]: https:.*$/gm, '');
    const messages = ofCode(imported(undefined_, referenceTemplatePath('rust-rfc-template.md')), 'placeholder-left').map((f) => f.message);
    expect(messages.join('\n')).toMatch(/\[RFC 3502\]/);
    expect(messages.join('\n')).toMatch(/\[slice\]/);
    expect(messages.join('\n')).not.toMatch(/\[T\]|\[dependencies\]|derive/);
  });
});

describe('a finished NixOS-style RFC (frontmatter, Nix lists in code, checkboxes, reference links)', () => {
  it('has nothing to report', () => {
    const template = new URL('./__fixtures__/nixos-rfc-style-template.md', import.meta.url);
    expect(imported(finished('nixos-rfc-declarative-users.md'), template)).toEqual([]);
  });
});

describe('finished documents of the built-in templates', () => {
  it.each([
    'data-platform-feature-spec',
    'gitops-operations-feature-spec',
    'inference-service-feature-spec',
    'opportunity-solution-spec',
    'product-feature-spec-api-data-model',
  ])('%s has no placeholder left', (id) => {
    expect(ofCode(imported(markdownFixture(`${id}.md`), builtIn(`${id}.md`)), 'placeholder-left')).toEqual([]);
  });
});
