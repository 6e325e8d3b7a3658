import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { Draft, DraftSection } from '../draft/draft-schema';
import { addGroupItem } from '../draft/group-edits';
import { findDraftSection, setBlockValue, setSectionEnabled } from '../draft/section-edits';
import { exportMarkdown } from '../markdown/export-markdown';
import { moveDraftToTemplate } from './move-draft-to-template';
import { parseTemplate } from '../template/parse-template';

const now = new Date('2026-11-21T09:30:00Z');
const later = new Date('2026-12-01T10:00:00Z');

const v1 = parseTemplate(
  `# Design: [NAME]

**Status**: [Draft / Review / Done]

## Summary *(mandatory)*

[One paragraph]

## Goals

- [Goal]

## Story 1 - [Title]

[Story text]

## Story 2 - [Title]

[Story text]

## Data model *(include if the feature stores data)*

[Entities]

## Risks

[Risks]
`,
  { id: 'custom-design' },
).template;

// v2: Risks is gone, Open questions is new, a section gained a flag.
const v2 = parseTemplate(
  `# Design: [NAME]

**Status**: [Draft / Review / Done]

## Summary *(mandatory)*

[One paragraph]

## Goals *(mandatory)*

- [Goal]

## Story 1 - [Title]

[Story text]

## Story 2 - [Title]

[Story text]

## Data model *(include if the feature stores data)*

[Entities]

## Open questions

- [Question]
`,
  { id: 'custom-design' },
).template;

function prose(draft: Draft, sectionId: string, markdown: string): Draft {
  const section = findDraftSection(draft.sections, sectionId)!;
  return setBlockValue(draft, sectionId, { kind: 'prose', blockId: section.blocks[0]!.blockId, markdown });
}

function titles(sections: DraftSection[]): string[] {
  return sections.flatMap((s) => [s.title, ...titles(s.children)]);
}

function filledDraft(): Draft {
  let draft: Draft = { ...createDraft(v1, { id: 'draft-7', now }), name: 'Payments redesign', revision: 12 };
  draft = { ...draft, titleText: 'Payments', metadata: { ...draft.metadata, status: 'Review' } };
  draft = prose(draft, 'summary', 'We redesign payments.');
  draft = setBlockValue(draft, 'goals', { kind: 'list', blockId: 'goals#0', items: ['Fewer failed payments'] });
  draft = prose(draft, 'story-1-title', 'Pay with a saved card.');
  draft = addGroupItem(draft, v1.groups[0]!.id, now).draft;
  draft = prose(draft, 'story-1-title@3', 'Refund a payment.');
  draft = prose(draft, 'data-model', 'Payment, Refund.');
  draft = setSectionEnabled(draft, 'data-model', false);
  draft = prose(draft, 'risks', 'Card networks change rules.');
  return draft;
}

describe('moveDraftToTemplate', () => {
  it('fills the new version by heading and keeps what it lacks as extra sections', () => {
    const draft = filledDraft();
    const { draft: moved, report } = moveDraftToTemplate(draft, v2, later);

    expect(moved).toMatchObject({ id: 'draft-7', name: 'Payments redesign', createdAt: draft.createdAt, revision: 12, templateId: 'custom-design', templateHash: v2.sourceHash, template: v2 });
    expect(moved.titleText).toBe('Payments');
    expect(moved.metadata.status).toBe('Review');

    const markdown = exportMarkdown({ ...moved, sections: moved.sections.map((s) => ({ ...s, enabled: true })) });
    for (const text of ['We redesign payments.', 'Fewer failed payments', 'Pay with a saved card.', 'Refund a payment.', 'Payment, Refund.', 'Card networks change rules.']) {
      expect(markdown).toContain(text);
    }
    expect(titles(moved.sections)).toEqual(expect.arrayContaining(['Story 1 - [Title]', 'Story 2 - [Title]', 'Story 3 - [Title]', 'Open questions', 'Risks']));
    expect(report.extraSections.map((s) => s.heading)).toEqual(['Risks']);
    const risks = moved.sections.find((s) => s.title === 'Risks');
    expect(risks?.templateSectionId).toBeNull();
  });

  it('keeps a switched-off section switched off, with its content', () => {
    const { draft: moved } = moveDraftToTemplate(filledDraft(), v2, later);
    const dataModel = moved.sections.find((s) => s.templateSectionId === 'data-model');
    expect(dataModel?.enabled).toBe(false);
    expect(dataModel?.blocks[0]).toMatchObject({ kind: 'prose', markdown: 'Payment, Refund.' });
    expect(exportMarkdown(moved)).not.toContain('Payment, Refund.');
  });

  it('to the same version changes no content', () => {
    const draft = filledDraft();
    const { draft: moved } = moveDraftToTemplate(draft, v1, later);
    expect(exportMarkdown(moved)).toBe(exportMarkdown(draft));
    expect(moved.sections.find((s) => s.templateSectionId === 'data-model')?.enabled).toBe(false);
  });
});
