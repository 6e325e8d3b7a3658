import { describe, expect, it } from 'vitest';
import { draftOf } from './__fixtures__/draft-of';
import { lookupDraftSection, sectionIndex } from './section-index';
import { findDraftSection, setSectionTitle } from './section-edits';
import type { DraftSection } from './draft-schema';

function allIds(sections: readonly DraftSection[]): string[] {
  return sections.flatMap((s) => [s.id, ...allIds(s.children)]);
}

describe('section index', () => {
  const draft = draftOf('data-platform-feature-spec.md');

  it('finds every section, nested ones included, as findDraftSection does', () => {
    const ids = allIds(draft.sections);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.some((id) => !draft.sections.some((s) => s.id === id))).toBe(true); // some are nested
    for (const id of ids) expect(lookupDraftSection(draft.sections, id)).toBe(findDraftSection(draft.sections, id));
    expect(lookupDraftSection(draft.sections, 'no-such-section')).toBeUndefined();
  });

  it('is built once per version of the list, and a new version sees the edit', () => {
    expect(sectionIndex(draft.sections)).toBe(sectionIndex(draft.sections));
    const id = 'user-scenarios-testing/user-story-1-brief-title-priority-p1';
    const next = setSectionTitle(draft, id, 'User Story 1 - Ingest runs (Priority: P1)');
    expect(sectionIndex(next.sections)).not.toBe(sectionIndex(draft.sections));
    expect(lookupDraftSection(next.sections, id)?.title).toBe('User Story 1 - Ingest runs (Priority: P1)');
    expect(lookupDraftSection(draft.sections, id)?.title).not.toBe('User Story 1 - Ingest runs (Priority: P1)');
  });

  it('indexes a subtree when given one', () => {
    const parent = draft.sections.find((s) => s.children.length > 0)!;
    const child = parent.children[0]!;
    expect(lookupDraftSection(parent.children, child.id)).toBe(child);
    expect(lookupDraftSection(parent.children, parent.id)).toBeUndefined();
  });
});
