import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasReferenceTemplates, referenceTemplatePath, referenceTemplatesDir } from '../__fixtures__/reference-templates-dir';
import { DraftFiller, freshDraft } from './__fixtures__/draft-filler';
import { brief, expectWellFormed, ofCode } from './__fixtures__/expect-findings';
import { isLeadIn, isTemplateFieldValue } from './template-text';
import { validateDraft } from './validate-draft';

function validate(draft: Parameters<typeof validateDraft>[0]) {
  const findings = validateDraft(draft);
  expectWellFormed(draft, findings);
  return findings;
}

const builtIn = readdirSync(new URL('../../../templates/', import.meta.url)).filter((f) => f.endsWith('.md'));
const reference = hasReferenceTemplates ? readdirSync(referenceTemplatesDir).filter((f) => f.endsWith('-template.md')) : [];
const rfc = () => freshDraft(referenceTemplatePath('rust-rfc-template.md'));

describe('an untouched draft', () => {
  it.each(builtIn)('of the built-in %s is flagged: still the template\'s text, or placeholders left', (file) => {
    const codes = validate(freshDraft(file)).map((f) => f.code);
    expect(codes.some((c) => c === 'template-text' || c === 'placeholder-left')).toBe(true);
  });

  it.skipIf(!hasReferenceTemplates).each(reference)('of the reference %s is flagged: still the template\'s text, or placeholders left', (file) => {
    const codes = validate(freshDraft(referenceTemplatePath(file))).map((f) => f.code);
    expect(codes.some((c) => c === 'template-text' || c === 'placeholder-left')).toBe(true);
  });

  it.skipIf(!hasReferenceTemplates)('of the prose-only Rust RFC template names each instruction paragraph it exports as content', () => {
    const findings = ofCode(validate(rfc()), 'template-text');
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(brief(findings)).toContain('template-text summary');
    expect(brief(findings)).toContain('template-text drawbacks');
    expect(brief(findings)).toContain('template-text rationale-and-alternatives item 1');
    expect(findings.find((f) => f.sectionId === 'summary')?.message).toBe(
      'The text is still the template\'s text (Summary): "One paragraph explanation of the feature.". Write your own, or remove it.',
    );
    expect(findings.find((f) => f.sectionId === 'rationale-and-alternatives')?.message).toMatch(/^4 texts here are still the template's \(Rationale and alternatives\): "Why is this design/);
  });
});

describe('an untouched draft of a NixOS-style RFC template', () => {
  it('is flagged for each instruction paragraph and each frontmatter instruction, and for nothing else', () => {
    const findings = validate(freshDraft(new URL('./__fixtures__/nixos-rfc-style-template.md', import.meta.url).pathname));
    expect(findings.every((f) => f.code === 'template-text')).toBe(true);
    expect(brief(findings)).toEqual([
      'template-text (document) author',
      'template-text (document) co-authors',
      'template-text (document) shepherd-team',
      'template-text (document) related-issues',
      'template-text summary',
      'template-text motivation',
      'template-text detailed-design',
      'template-text examples-and-interactions',
      'template-text drawbacks',
      'template-text alternatives',
      'template-text unresolved-questions',
      'template-text future-work',
    ]);
  });
});

describe.skipIf(!hasReferenceTemplates)('template-text on prose', () => {
  it('goes once the writer writes their own, and stays when only the spacing changed', () => {
    const written = new DraftFiller(rfc()).prose('summary#1', 'Add `chunk_by` to slices.').draft;
    expect(brief(ofCode(validate(written), 'template-text'))).not.toContain('template-text summary');
    const respaced = new DraftFiller(rfc()).prose('summary#1', '  One paragraph\nexplanation of   the feature. ').draft;
    expect(brief(ofCode(validate(respaced), 'template-text'))).toContain('template-text summary');
  });

  it('is the only finding of a template with no placeholders in its prose', () => {
    const findings = validate(rfc());
    expect(ofCode(findings, 'placeholder-left')).toEqual([]);
    expect(ofCode(findings, 'template-text').length).toBeGreaterThanOrEqual(9);
  });
});

describe('template-text on sample items, code and fields', () => {
  it('flags sample list items and sample paths the template gave, item by item', () => {
    const fresh = freshDraft('opportunity-solution-spec.md');
    const findings = ofCode(validate(fresh), 'template-text');
    const scope = findings.find((f) => f.blockId === 'scope-boundaries#0');
    expect(scope?.message).toBe(
      '3 texts here are still the template\'s (Scope Boundaries): "Feature or capability A", "Feature or capability B" and 1 more. Write your own, or remove them.',
    );
    const context = findings.find((f) => f.blockId === 'system-context-context-injection#0');
    expect(context?.message).toMatch(/"`path\/to\/file\.py` - Pattern\/approach to follow"/);

    const mixed = new DraftFiller(fresh).list('scope-boundaries#0', ['Import a spec from a URL', 'Feature or capability B']).draft;
    expect(ofCode(validate(mixed), 'template-text').find((f) => f.blockId === 'scope-boundaries#0')).toMatchObject({ field: 'item 2' });
    const own = new DraftFiller(fresh).list('scope-boundaries#0', ['Import a spec from a URL']).draft;
    expect(ofCode(validate(own), 'template-text').find((f) => f.blockId === 'scope-boundaries#0')).toBeUndefined();
  });

  it('flags a frontmatter value that is the template\'s instruction or sample, not a default it means to keep', () => {
    const fresh = freshDraft('opportunity-solution-spec.md');
    expect(brief(ofCode(validate(fresh), 'template-text'))).toContain('template-text (document) estimate'); // `X days`
    expect(brief(ofCode(validate(fresh), 'template-text'))).not.toContain('template-text (document) status'); // `draft`, a choice
    const set = new DraftFiller(fresh).frontmatter({ estimate: '3 days' }).draft;
    expect(brief(ofCode(validate(set), 'template-text'))).not.toContain('template-text (document) estimate');
  });

  it.skipIf(!hasReferenceTemplates)('flags the tasks template\'s frontmatter description, quoted or not', () => {
    const tasks = freshDraft(referenceTemplatePath('speckit-tasks-template.md'));
    const finding = ofCode(validate(tasks), 'template-text').find((f) => f.field === 'description');
    expect(finding?.message).toBe('The frontmatter field "description" is still the template\'s text: "Task list template for feature implementation". Write your own, or remove it.');
    const quoted = new DraftFiller(tasks).frontmatter({ description: '"Task list template for feature implementation"' }).draft;
    expect(ofCode(validate(quoted), 'template-text').some((f) => f.field === 'description')).toBe(true);
    const own = new DraftFiller(tasks).frontmatter({ description: 'Tasks for offline sync' }).draft;
    expect(ofCode(validate(own), 'template-text').some((f) => f.field === 'description')).toBe(false);
  });

  it('flags example code left as the template wrote it', () => {
    const fresh = freshDraft('product-feature-spec-api-data-model.md');
    const tool = 'api-design/mcp-tools/tool-tool-name';
    expect(brief(ofCode(validate(fresh), 'template-text'))).toContain(`template-text ${tool}`);
    const written = new DraftFiller(fresh).code(`${tool}#1`, '{ "repository": "string" }').code(`${tool}#2`, '{ "url": "string" }').draft;
    expect(brief(ofCode(validate(written), 'template-text'))).not.toContain(`template-text ${tool}`);
  });

  it('leaves checklists (ticked, not rewritten) and a table whose sample cells were replaced', () => {
    const fresh = freshDraft('product-feature-spec-api-data-model.md');
    const checklists = fresh.sections.flatMap(function all(s): typeof fresh.sections {
      return [s, ...s.children.flatMap(all)];
    }).flatMap((s) => s.blocks.filter((b) => b.kind === 'checklist' && b.items.length > 0).map((b) => b.blockId));
    expect(checklists.length).toBeGreaterThan(0);
    const flagged = new Set(ofCode(validate(fresh), 'template-text').map((f) => f.blockId));
    for (const id of checklists) expect(flagged.has(id), id).toBe(false);

    const table = 'data-model/new-tables/table-name#0';
    expect(flagged.has(table)).toBe(true);
    const one = new DraftFiller(fresh).table(table, [['`id`', 'UUID', 'PRIMARY KEY', 'Unique identifier'], ['`team_id`', 'UUID', 'NOT NULL', 'Owning team']]).draft;
    expect(ofCode(validate(one), 'template-text').some((f) => f.blockId === table)).toBe(false);
  });
});

describe('isTemplateFieldValue', () => {
  it('is an instruction or a sample left as it was', () => {
    expect(isTemplateFieldValue('X days', 'X days')).toBe(true);
    expect(isTemplateFieldValue(' Task list  template for feature implementation', 'Task list template for feature implementation')).toBe(true);
  });
  it('is not a short default, a changed value or a field with no template text', () => {
    expect(isTemplateFieldValue('Draft', 'Draft')).toBe(false);
    expect(isTemplateFieldValue('In Progress', 'In Progress')).toBe(false);
    expect(isTemplateFieldValue('4 days', 'X days')).toBe(false);
    expect(isTemplateFieldValue('X days', undefined)).toBe(false);
  });
});

describe('isLeadIn', () => {
  it('is a short line that introduces what follows', () => {
    expect(isLeadIn('This feature aligns with the following constitutional principles:')).toBe(true);
  });
  it('is not an instruction that happens to end in a colon, nor a sentence', () => {
    expect(isLeadIn('Explain the proposal as if it was already included in the language. That generally means:')).toBe(false);
    expect(isLeadIn('One paragraph explanation of the feature.')).toBe(false);
  });
});
