import { describe, expect, it } from 'vitest';
import { findDraftSection, setBlockValue, setSectionEnabled, setSectionTitle } from './section-edits';
import { draftOf } from './__fixtures__/draft-of';

describe('section edits', () => {
  const draft = draftOf('data-platform-feature-spec.md');
  const frId = 'requirements/functional-requirements';

  it('change one block and copy only the path to it', () => {
    const fr = findDraftSection(draft.sections, frId)!;
    const value = fr.blocks[0]!;
    if (value.kind !== 'idList') throw new Error('expected an ID list');
    const next = setBlockValue(draft, frId, { ...value, items: [{ id: 'FR-001', text: 'System MUST ingest runs.' }] });
    const changed = findDraftSection(next.sections, frId)!.blocks[0];
    expect(changed?.kind === 'idList' && changed.items).toEqual([{ id: 'FR-001', text: 'System MUST ingest runs.' }]);
    expect(next.sections[0]).toBe(draft.sections[0]); // untouched branch keeps its identity
    expect(next.sections[2]).toBe(draft.sections[2]);
    expect(next.sections[1]).not.toBe(draft.sections[1]);
    expect(next.sections[1]!.children[1]).toBe(draft.sections[1]!.children[1]);
    expect(findDraftSection(draft.sections, frId)!.blocks[0]).toBe(value); // the old draft is not mutated
  });

  it('switch a section off and on, keeping its content, and retitle it', () => {
    const off = setSectionEnabled(draft, 'requirements/key-entities', false);
    expect(findDraftSection(off.sections, 'requirements/key-entities')).toMatchObject({ enabled: false, blocks: findDraftSection(draft.sections, 'requirements/key-entities')!.blocks });
    const on = setSectionEnabled(off, 'requirements/key-entities', true);
    expect(findDraftSection(on.sections, 'requirements/key-entities')?.enabled).toBe(true);
    const titled = setSectionTitle(draft, 'user-scenarios-testing/user-story-1-brief-title-priority-p1', 'User Story 1 - Ingest runs (Priority: P1)');
    expect(titled.sections[0]!.children[0]!.title).toBe('User Story 1 - Ingest runs (Priority: P1)');
  });

  it('return the same draft for an unknown section', () => {
    expect(setSectionEnabled(draft, 'nope', false)).toBe(draft);
  });
});
