import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionCompletion, sectionState } from '../draft/draft-completion';
import type { Draft, DraftSection } from '../draft/draft-schema';
import type { Section } from '../template/schema';
import { hasReferenceTemplates, referenceTemplatePath } from '../__fixtures__/reference-templates-dir';
import { freshDraft } from './__fixtures__/draft-filler';
import { expectWellFormed } from './__fixtures__/expect-findings';
import { guidedImportSpec } from './__fixtures__/guided-import-spec';
import { largeDraft, userTextSize } from './__fixtures__/large-draft';
import { previewEnvironmentsSpec } from './__fixtures__/preview-environments-spec';
import { runHistorySpec } from './__fixtures__/run-history-spec';
import { Finding } from './finding';
import { validateDraft } from './validate-draft';

const TEMPLATES = [
  'data-platform-feature-spec.md',
  'gitops-operations-feature-spec.md',
  'inference-service-feature-spec.md',
  'opportunity-solution-spec.md',
  'product-feature-spec-api-data-model.md',
  ...(hasReferenceTemplates
    ? ['speckit-spec-template.md', 'speckit-plan-template.md', 'speckit-tasks-template.md', 'rust-rfc-template.md'].map(referenceTemplatePath)
    : []),
];
const DRAFTS: Draft[] = [...TEMPLATES.map(freshDraft), runHistorySpec(), previewEnvironmentsSpec(), guidedImportSpec()];

/** Strings that mean something to one rule or another, and some that mean nothing. */
const meaningful = fc.constantFrom(
  '',
  '   ',
  '[FEATURE NAME]',
  '[NEEDS CLARIFICATION: which one?]',
  'fast and scalable',
  'p95 < 250 ms',
  'FR-001',
  'FR-01',
  'SC-003',
  'T001',
  '2026-02-30',
  '2028-02-29',
  '1.2.0',
  'v1',
  'Draft',
  'json',
  '{"a": 1,}',
  '{"a": [1, 2]}',
  '`{id}` <tenant> $ARGUMENTS TODO(x) YYYY-MM-DD (fill me in)',
  '['.repeat(50),
  '\u0000\uFFFF\uD800',
  '__proto__',
  'constructor',
);
const anyString = fc.oneof(meaningful, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

/**
 * Replaces every string under `value` with the next one from `strings`
 * (cycling), except under the keys in `keep`; `sectionId` in `keep` keeps
 * section ids (and no other `id`), so findings can still be placed.
 */
function replaceStrings(value: unknown, strings: string[], keep: ReadonlySet<string>, cursor = { k: 0 }): unknown {
  if (typeof value === 'string') return strings[cursor.k++ % strings.length];
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, strings, keep, cursor));
  if (value && typeof value === 'object') {
    const isSection = 'templateSectionId' in value;
    const kept = (key: string) => keep.has(key) || (key === 'id' && isSection && keep.has('sectionId'));
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, kept(key) ? v : replaceStrings(v, strings, keep, cursor)]));
  }
  return value;
}

/** The user's part of a draft with every string replaced; the template snapshot is left as made. */
function withStrings(draft: Draft, strings: string[], keep: ReadonlySet<string>): Draft {
  const cursor = { k: 0 };
  const user = replaceStrings({ titleText: draft.titleText, frontmatter: draft.frontmatter, metadata: draft.metadata, preamble: draft.preamble, sections: draft.sections, footer: draft.footer }, strings, keep, cursor);
  // Record keys are data too: a field key the template does not know must not trip anything.
  return { ...draft, ...(user as object) };
}

describe('validateDraft never throws', () => {
  it('with arbitrary strings in every value, it returns valid findings in order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DRAFTS), fc.array(anyString, { minLength: 1, maxLength: 50 }), (draft, strings) => {
        const damaged = withStrings(draft, strings, new Set(['kind', 'blockId', 'templateSectionId', 'sectionId']));
        const findings = validateDraft(damaged);
        expectWellFormed(damaged, findings);
        expect(findings.some((f) => f.code === 'check-failed')).toBe(false); // strings are never damage
      }),
      { numRuns: 300 },
    );
  });

  it('with arbitrary strings in the ids that tie the draft to its template too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DRAFTS), fc.array(anyString, { minLength: 1, maxLength: 20 }), (draft, strings) => {
        const findings = validateDraft(withStrings(draft, strings, new Set(['kind'])));
        for (const finding of findings) expect(Finding.safeParse(finding).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('with anything at all in any one place of the draft, it reports what it could not check and checks the rest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DRAFTS), fc.nat(), fc.anything(), (draft, pick, junk) => {
        const damaged = replaceAt(draft, pick, junk);
        const findings = validateDraft(damaged as Draft);
        for (const finding of findings) expect(Finding.safeParse(finding).success, JSON.stringify(finding)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on drafts damaged the ways stored data gets damaged', () => {
    const good = runHistorySpec();
    const cases: [string, unknown][] = [
      ['null', null],
      ['a number', 42],
      ['an array', []],
      ['an empty object', {}],
      ['no template', { ...good, template: null }],
      ['no sections', { ...good, sections: null }],
      ['a null section', { ...good, sections: [null, ...good.sections] }],
      ['a section without blocks', { ...good, sections: [{ ...good.sections[0]!, blocks: null }, ...good.sections.slice(1)] }],
      ['an unknown block kind', { ...good, preamble: [{ kind: 'video', blockId: 'x' }] }],
      ['items that are not text', { ...good, sections: good.sections.map((s) => ({ ...s, children: s.children.map((c) => ({ ...c, blocks: c.blocks.map((b) => (b.kind === 'idList' ? { ...b, items: [{ id: 7, text: null }] } : b)) })) })) }],
      ['metadata that is not text', { ...good, metadata: { ...good.metadata, status: 3 } }],
      ['no frontmatter', { ...good, frontmatter: null }],
      ['a title that is not text', { ...good, titleText: { text: 'x' } }],
    ];
    for (const [name, draft] of cases) {
      let findings: Finding[] = [];
      expect(() => (findings = validateDraft(draft as Draft)), name).not.toThrow();
      for (const finding of findings) expect(Finding.safeParse(finding).success, `${name}: ${JSON.stringify(finding)}`).toBe(true);
      expect(findings.some((f) => f.code === 'check-failed'), name).toBe(true);
    }
  });

  it('still checks the rest when one part is damaged', () => {
    const good = runHistorySpec();
    const damaged = { ...good, titleText: '[FEATURE NAME]', sections: [{ ...good.sections[0]!, blocks: null, children: null }, ...good.sections.slice(1)] };
    const findings = validateDraft(damaged as unknown as Draft);
    expect(findings.map((f) => [f.code, f.sectionId])).toEqual([
      ['placeholder-left', null],
      ['check-failed', 'user-scenarios-testing'],
    ]);
    expect(findings[1]!.message).toBe('The section "User Scenarios & Testing" could not be checked: its saved data is not in the expected shape.');
  });
});

/** Replaces the `pick`-th object, array or value (mod their count) in the user's part of the draft with `junk`. */
function replaceAt(draft: Draft, pick: number, junk: unknown): unknown {
  const user = { titleText: draft.titleText, frontmatter: draft.frontmatter, metadata: draft.metadata, preamble: draft.preamble, sections: draft.sections, footer: draft.footer };
  let count = 0;
  const countAll = (v: unknown): void => {
    count++;
    if (v && typeof v === 'object') Object.values(v).forEach(countAll);
  };
  countAll(user);
  let target = pick % count;
  const swap = (v: unknown): unknown => {
    if (target-- === 0) return junk;
    if (Array.isArray(v)) return v.map(swap);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
    return v;
  };
  return { ...draft, ...(swap(user) as object) };
}

describe('emptiness agrees with draft-completion', () => {
  /** The same draft with every template section made mandatory, so mandatory-empty tells where the validator sees nothing filled. */
  function allMandatory(draft: Draft): Draft {
    const mandatory = (s: Section): Section => ({ ...s, requirement: 'mandatory', condition: undefined, children: s.children.map(mandatory) });
    return { ...draft, template: { ...draft.template, sections: draft.template.sections.map(mandatory) } };
  }

  function expectAgreement(draft: Draft): void {
    const strict = allMandatory(draft);
    const reported = new Set(validateDraft(strict).filter((f) => f.code === 'mandatory-empty').map((f) => f.sectionId));
    const visit = (sections: DraftSection[]) => {
      for (const s of sections) {
        if (!s.enabled) continue;
        const { total } = sectionCompletion(strict, s);
        const empty = sectionState(strict, s) === 'empty' && (total > 0 || s.children.length > 0) && s.templateSectionId !== null;
        expect(reported.has(s.id), `${draft.templateId}: ${s.id}`).toBe(empty);
        visit(s.children);
      }
    };
    visit(strict.sections);
  }

  it('on fresh and filled drafts of every template', () => {
    for (const draft of DRAFTS) expectAgreement(draft);
  });

  it('on drafts with values drawn from template text, placeholders, blanks and real text', () => {
    const texts = fc.constantFrom('', ' ', 'System MUST [specific capability]', '[initial state]', 'Run history is kept for 90 days.', 'Draft', 'Must Have', 'Low/Med/High', '{\n  "parameter1": "string",\n  "parameter2": "number"\n}', 'Feature or capability A', 'x');
    fc.assert(
      fc.property(fc.constantFrom(...DRAFTS), fc.array(texts, { minLength: 1, maxLength: 30 }), (draft, strings) => {
        expectAgreement(withStrings(draft, strings, new Set(['kind', 'blockId', 'templateSectionId', 'sectionId', 'lang'])));
      }),
      { numRuns: 200 },
    );
  });
});

describe('speed', () => {
  it('validates a 300 KB draft in a few milliseconds', () => {
    const draft = largeDraft(300_000);
    expect(userTextSize(draft)).toBeGreaterThanOrEqual(300_000);
    for (let k = 0; k < 3; k++) validateDraft(draft); // warm up
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      const started = performance.now();
      expect(validateDraft(draft)).toEqual([]);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    // About 4 ms on a developer laptop; the bound leaves room for a busy CI machine.
    expect(times[3]).toBeLessThan(40);
  });

  it('stays linear on long, hostile values (20 KB in every value of the draft)', () => {
    const draft = runHistorySpec();
    const hostile = [
      '['.repeat(20_000),
      '[NEEDS CLARIFICATION: x] '.repeat(100),
      'fast '.repeat(4_000),
      '1'.repeat(20_000),
      '-1.'.repeat(7_000),
      'a '.repeat(10_000),
      '(fill in '.repeat(2_500),
      '<a'.repeat(10_000),
      `{"a":${'['.repeat(10_000)}`,
    ];
    for (const text of hostile) {
      const damaged = withStrings(draft, [text], new Set(['kind', 'blockId', 'templateSectionId', 'sectionId', 'lang']));
      const started = performance.now();
      const findings = validateDraft(damaged);
      const elapsed = performance.now() - started;
      expectWellFormed(damaged, findings);
      expect(elapsed, text.slice(0, 12)).toBeLessThan(1_000); // about 1 MB of text in all: tens of milliseconds
    }
  });
});
