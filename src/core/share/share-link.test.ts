import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { Draft, type BlockValue, type DraftSection } from '../draft/draft-schema';
import { setBlockValue, setMetadataValue, setTitleText } from '../draft/section-edits';
import { parseTemplate } from '../template/parse-template';
import type { TemplateSchema } from '../template/schema';
import { builtInTemplate, builtInTemplates, filledDrafts } from './__fixtures__/filled-drafts';
import { decodeShareLink } from './decode-share-link';
import { encodeShareLink } from './encode-share-link';
import { MAX_LINK_CHARS, SHARE_PREFIX } from './share-format';

const now = new Date('2026-12-01T08:00:00Z');
const stamp = now.toISOString();
const noBuiltIns = (): TemplateSchema | undefined => undefined;

/** What the recipient should get: the same draft, as a new one of theirs. */
function asReceived(draft: Draft): Draft {
  return { ...draft, id: 'received', createdAt: stamp, updatedAt: stamp, revision: 0 };
}

function roundTrip(draft: Draft, encodeWith = builtInTemplate, decodeWith = builtInTemplate) {
  const link = encodeShareLink(draft, { builtInTemplate: encodeWith });
  return { link, result: decodeShareLink(link, { builtInTemplate: decodeWith, id: 'received', now }) };
}

describe('share links of the built-in templates, filled', () => {
  it.each(filledDrafts.map((f) => [f.template, f.build] as const))('%s: decodes to the same draft, with the template by reference', (templateId, build) => {
    const draft = build();
    expect(Draft.safeParse(draft).success).toBe(true);
    const { link, result } = roundTrip(draft);
    expect(link.startsWith(SHARE_PREFIX)).toBe(true);
    expect(link).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    expect(result).toEqual({ ok: true, draft: asReceived(draft), templateMismatch: false });
    // By reference: the link alone cannot open without the app's templates.
    expect(decodeShareLink(link, { builtInTemplate: noBuiltIns, id: 'x', now })).toMatchObject({ ok: false, error: { code: 'unknown-template' } });
    expect(link.length).toBeLessThan(encodeShareLink(draft, { builtInTemplate: noBuiltIns }).length * 0.7);
    expect(link.length).toBeLessThan(MAX_LINK_CHARS);
    expect(templateId).toBe(draft.templateId);
  });

  it('are shorter than lz-string makes them, for every sample (bench/measure-share.ts has the figures)', () => {
    for (const { build } of filledDrafts) {
      const draft = build();
      const ours = encodeShareLink(draft, { builtInTemplate }).length;
      expect(ours).toBeLessThan(LZString.compressToEncodedURIComponent(JSON.stringify(draft)).length / 2);
      // Same payload too: deflate beats lz-string on its own, the template reference aside.
      expect(encodeShareLink(draft, { builtInTemplate: noBuiltIns }).length).toBeLessThan(LZString.compressToEncodedURIComponent(JSON.stringify(draft)).length);
    }
  });

  it('keep what the fixtures filled in: an added user story, a switched-off section, edited titles', () => {
    const draft = filledDrafts[0]!.build();
    const { result } = roundTrip(draft);
    if (!result.ok) throw new Error(result.error.message);
    const stories = result.draft.sections[0]!.children;
    expect(stories.map((s) => s.title)).toContain('User Story 4 - Mute alerts during planned maintenance (Priority: P3)');
    expect(stories.find((s) => s.id.endsWith('@4'))?.templateSectionId).toBe('user-scenarios-testing/user-story-1-brief-title-priority-p1');

    const gitops = roundTrip(filledDrafts[1]!.build()).result;
    expect(gitops.ok && gitops.draft.sections[0]!.children[2]!.enabled).toBe(false);
  });
});

const incidentTemplate = `# Incident Review: [TITLE]

**Date**: YYYY-MM-DD
**Severity**: [SEV1/SEV2/SEV3]

## Summary

[What happened, in two sentences]

## Timeline

| Time | Event |
|------|-------|
| [HH:MM] | [What happened] |

## Action Items

- [ ] [Action] - [owner]
`;

describe('share links of drafts from other templates', () => {
  it('a custom template travels in the link, and opens with no built-in templates at all', () => {
    const { template, problems } = parseTemplate(incidentTemplate, { id: 'incident-review' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    let draft = createDraft(template, { id: 'mine', now: new Date('2026-11-30T17:00:00Z') });
    draft = setTitleText(draft, 'Checkout outage on Black Friday');
    draft = setMetadataValue(draft, 'severity', 'SEV1');
    const summary = draft.sections[0]!.blocks[0]!;
    draft = setBlockValue(draft, draft.sections[0]!.id, { ...summary, kind: 'prose', markdown: 'Payments failed for 14 minutes after a certificate expired on the card gateway.' } as BlockValue);

    const { result } = roundTrip(draft, builtInTemplate, noBuiltIns);
    expect(result).toEqual({ ok: true, draft: asReceived(draft), templateMismatch: false });
  });

  it('a draft made from an older edition of a built-in template keeps its own snapshot', () => {
    const current = builtInTemplates.get('gitops-operations-feature-spec')!;
    const { template: older } = parseTemplate('# Feature Specification: [FEATURE NAME]\n\n## Summary\n\n[One paragraph]\n', { id: current.id });
    const draft = createDraft(older, { id: 'old', now });
    const { result } = roundTrip(draft);
    expect(result).toEqual({ ok: true, draft: asReceived(draft), templateMismatch: false });
    expect(result.ok && result.draft.template).toEqual(older);
  });

  it('a built-in template changed since the link was made: opens with the current one, and says so', () => {
    const draft = filledDrafts[2]!.build();
    const changed = { ...draft.template, sourceHash: 'ffffffffffffff', description: 'Edited since.' };
    const { result } = roundTrip(draft, builtInTemplate, (id) => (id === changed.id ? changed : undefined));
    expect(result).toEqual({ ok: true, draft: { ...asReceived(draft), template: changed, templateHash: changed.sourceHash }, templateMismatch: true });
  });

  it('a built-in template the recipient does not have: a message naming it', () => {
    const { result } = roundTrip(filledDrafts[3]!.build(), builtInTemplate, noBuiltIns);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-template', message: 'This link uses a template that this version of Specwright does not have. It was made with the template “opportunity-solution-spec”.' },
    });
  });
});

describe('content is data, never interpreted', () => {
  it('markup, script and placeholders come back exactly as written', () => {
    const hostile = [
      '<script>alert(document.cookie)</script>',
      '<img src=x onerror="alert(1)"> & &amp; &lt;',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      '[NEEDS CLARIFICATION: who signs off?] {title} <placeholder> $ARGUMENTS',
      '${constructor.constructor("return this")()}',
    ].join('\n');
    let draft = filledDrafts[4]!.build();
    draft = setTitleText(draft, '<script>alert("title")</script>');
    draft = setMetadataValue(draft, 'author', '<b onmouseover=alert(1)>me</b>');
    const first = draft.sections[0]!.blocks[0]!;
    draft = setBlockValue(draft, draft.sections[0]!.id, { ...first, kind: 'prose', markdown: hostile } as BlockValue);
    const { result } = roundTrip(draft);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft).toEqual(asReceived(draft));
    const block = result.draft.sections[0]!.blocks[0];
    expect(block?.kind === 'prose' && block.markdown).toBe(hostile);
    expect(result.draft.titleText).toBe('<script>alert("title")</script>');
  });

  it('fields named `constructor` and `prototype` are kept as plain data', () => {
    const draft = setMetadataValue(setMetadataValue(filledDrafts[0]!.build(), 'prototype', 'Figma link'), 'constructor', 'Factory');
    const { result } = roundTrip(draft);
    expect(result).toEqual({ ok: true, draft: asReceived(draft), templateMismatch: false });
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  });
});

// Random content in every kind of block, with the strings that break naive codecs.
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'Given a user with two accounts,\nwhen they log in,\r\nthen they choose one.',
      '🧑🏽‍💻 naïve café — “quotes” ‘single’ 日本語 עברית',
      '[NEEDS CLARIFICATION: scope?] {brace} <angle> (paren) $ARGUMENTS TODO(X)',
      '<script>alert(1)</script>',
      '\u2028\u2029\u0000\uFEFF',
      '\\"\\\\\\u0041',
      '```\ncode\n```',
      '| a | b |\n|---|---|',
      'constructor',
      'prototype',
      'toString',
    ),
  },
);
const key = text.filter((k) => k !== '__proto__');
const record = fc.dictionary(key, text, { maxKeys: 4, noNullPrototype: true });
const items = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });
const blockValue: fc.Arbitrary<BlockValue> = fc.oneof(
  fc.record({ kind: fc.constant('prose' as const), blockId: text, markdown: text }),
  fc.record({ kind: fc.constant('fields' as const), blockId: text, values: record }),
  fc.record({ kind: fc.constant('definitions' as const), blockId: text, items: items(fc.record({ term: text, text })) }),
  fc.record({ kind: fc.constant('idList' as const), blockId: text, items: items(fc.record({ id: text, text, checked: fc.boolean() }, { requiredKeys: ['id', 'text'] })) }),
  fc.record({ kind: fc.constant('scenarios' as const), blockId: text, items: items(fc.record({ given: text, when: text, then: text })) }),
  fc.record({ kind: fc.constant('table' as const), blockId: text, columns: items(text), rows: items(items(text)) }),
  fc.record({ kind: fc.constant('code' as const), blockId: text, lang: text, code: text }),
  fc.record({ kind: fc.constant('checklist' as const), blockId: text, items: items(fc.record({ checked: fc.boolean(), text })) }),
  fc.record({ kind: fc.constant('list' as const), blockId: text, items: items(text) }),
);
const section = (depth: number): fc.Arbitrary<DraftSection> =>
  fc.record({
    id: text,
    templateSectionId: fc.option(text, { nil: null }),
    level: fc.integer({ min: 1, max: 6 }),
    title: text,
    enabled: fc.boolean(),
    blocks: items(blockValue),
    children: depth === 0 ? fc.constant([]) : fc.array(section(depth - 1), { maxLength: 2 }),
  });
const generatedDraft: fc.Arbitrary<Draft> = fc
  .record({
    templateId: fc.constantFrom(...builtInTemplates.keys()),
    name: fc.option(text, { nil: null }),
    frontmatter: record,
    titleText: text,
    metadata: record,
    preamble: items(blockValue),
    sections: fc.array(section(2), { maxLength: 3 }),
    footer: items(blockValue),
  })
  .map(({ templateId, ...content }) => ({ ...createDraft(builtInTemplates.get(templateId)!, { id: 'sender', now }), ...content }));

describe('share links of generated drafts', () => {
  it('decode(encode(draft)) is the same draft, the template by reference or carried', () => {
    fc.assert(
      fc.property(generatedDraft, fc.boolean(), (draft, carry) => {
        expect(Draft.safeParse(draft).success).toBe(true);
        const { result } = roundTrip(draft, carry ? noBuiltIns : builtInTemplate, builtInTemplate);
        expect(result).toEqual({ ok: true, draft: asReceived(draft), templateMismatch: false });
      }),
      { numRuns: 150 },
    );
  });
});
