import { describe, expect, it } from 'vitest';
import { draftCompletion, sectionState } from './draft-completion';
import { draftDisplayTitle } from './draft-title';
import { duplicateDraft } from './duplicate-draft';
import { renameDraft } from './rename-draft';
import { findDraftSection, setBlockValue, setTitleText } from './section-edits';
import { draftOf } from './__fixtures__/draft-of';

describe('completion', () => {
  const draft = draftOf('product-feature-spec-api-data-model.md');

  it('does not count template example text or placeholders as filled', () => {
    const tool = findDraftSection(draft.sections, 'api-design/mcp-tools/tool-tool-name')!;
    expect(sectionState(draft, tool)).toBe('empty'); // the example JSON is the template's, not the user's
    const code = tool.blocks.find((b) => b.kind === 'code')!;
    const edited = setBlockValue(draft, tool.id, { ...code, code: '{ "repo": "string" }' } as typeof code);
    expect(sectionState(edited, findDraftSection(edited.sections, tool.id)!)).toBe('started');
  });

  it('counts the whole draft and moves as values are filled', () => {
    const before = draftCompletion(draft);
    const after = draftCompletion(setTitleText(draft, 'PR preview environments'));
    expect(after.total).toBe(before.total);
    expect(after.filled).toBe(before.filled + 1);
    expect(before.filled).toBeGreaterThan(0); // status, dates and version defaults
    expect(before.filled).toBeLessThan(before.total / 4);
  });
});

describe('titles, renaming and duplicating', () => {
  const draft = draftOf('data-platform-feature-spec.md');

  it('shows the name, else the title line, else the template', () => {
    expect(draftDisplayTitle(draft)).toBe('Untitled Data platform feature spec');
    expect(draftDisplayTitle(setTitleText(draft, 'Run history'))).toBe('Run history');
    expect(draftDisplayTitle(renameDraft(setTitleText(draft, 'Run history'), '  Q3 ingestion  '))).toBe('Q3 ingestion');
    expect(renameDraft(draft, '   ').name).toBeNull();
  });

  it('duplicates with a new id, a copy name and revision 0, sharing nothing', () => {
    const copy = duplicateDraft({ ...draft, revision: 7 }, { id: 'draft-2', now: new Date('2026-12-01T00:00:00Z') });
    expect(copy).toMatchObject({ id: 'draft-2', name: 'Untitled Data platform feature spec (copy)', revision: 0, createdAt: '2026-12-01T00:00:00.000Z' });
    expect(copy.sections).toEqual(draft.sections);
    expect(copy.sections[0]).not.toBe(draft.sections[0]);
  });
});
