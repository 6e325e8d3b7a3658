import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../template/parse-template';
import { createDraft } from './create-draft';
import type { DraftSection } from './draft-schema';
import { Draft } from './draft-schema';
import { addGroupItem, groupItems, removeSection, restoreSection } from './group-edits';
import { findDraftSection, setSectionTitle } from './section-edits';
import { draftOf } from './__fixtures__/draft-of';
import { hasReferenceTemplates, referenceTemplatesDir } from '../__fixtures__/reference-templates-dir';

const now = new Date('2026-11-22T08:00:00Z');

describe('repeatable groups', () => {
  const draft = draftOf('data-platform-feature-spec.md');
  const group = draft.template.groups[0]!;

  it('add an item with the prototype structure and the next number, after the last item', () => {
    const { draft: next, sectionId } = addGroupItem(draft, group.id, now);
    expect(Draft.parse(next)).toBeTruthy();
    const titles = groupItems(next, group).map((s) => s.title);
    expect(titles).toEqual([
      'User Story 1 - [Brief Title] (Priority: P1)',
      'User Story 2 - [Brief Title] (Priority: P2)',
      'User Story 3 - [Brief Title] (Priority: P3)',
      'User Story 4 - [Brief Title] (Priority: P4)', // the priority goes on as the number does (#15)
    ]);
    const added = findDraftSection(next.sections, sectionId)!;
    expect(added.templateSectionId).toBe(group.prototypeId);
    expect(added.blocks.map((b) => b.kind)).toEqual(['prose', 'fields', 'scenarios']);
    expect(next.sections[0]!.children.map((s) => s.title).at(-1)).toBe('Edge Cases');
    const again = addGroupItem(next, group.id, now);
    expect(again.sectionId).not.toBe(sectionId);
  });

  it('remove an item, renumber the rest, and undo puts it back as it was', () => {
    const named = setSectionTitle(draft, group.itemIds[1]!, 'User Story 2 - Export CSV (Priority: P2)');
    const { draft: removed, removed: taken } = removeSection(named, group.itemIds[0]!);
    expect(groupItems(removed, group).map((s) => s.title)).toEqual(['User Story 1 - Export CSV (Priority: P2)', 'User Story 2 - [Brief Title] (Priority: P3)']);
    const restored = restoreSection(removed, taken!);
    expect(groupItems(restored, group).map((s) => s.title)).toEqual([
      'User Story 1 - [Brief Title] (Priority: P1)',
      'User Story 2 - Export CSV (Priority: P2)',
      'User Story 3 - [Brief Title] (Priority: P3)',
    ]);
    expect(restored.sections[0]!.children[0]).toEqual(named.sections[0]!.children[0]);
  });

  it.skipIf(!hasReferenceTemplates)('give an added item IDs after the highest in the draft, never copies of the prototype', () => {
    // spec-kit's tasks template: phases are a group, and each holds T-numbered task lists.
    const source = readFileSync(new URL('speckit-tasks-template.md', referenceTemplatesDir), 'utf8');
    const tasks = createDraft(parseTemplate(source, { id: 'tasks' }).template, { id: 't', now });
    const phases = tasks.template.groups.find((g) => g.label === 'Phase')!;
    const { draft: next, sectionId } = addGroupItem(tasks, phases.id, now);
    const taskIds = (section: DraftSection): string[] => [
      ...section.blocks.flatMap((b) => (b.kind === 'idList' ? b.items.map((i) => i.id) : [])),
      ...section.children.flatMap(taskIds),
    ];
    const added = taskIds(findDraftSection(next.sections, sectionId)!);
    const before = next.sections.filter((s) => s.id !== sectionId).flatMap(taskIds);
    expect(before.at(-1)).toBe('T028');
    expect(added[0]).toBe('T029');
    expect(added).toEqual(added.map((_, k) => `T${String(29 + k).padStart(3, '0')}`));
    expect(new Set([...before, ...added]).size).toBe(before.length + added.length);
  });

  it('ignore an unknown group or section', () => {
    expect(addGroupItem(draft, 'nope', now).draft).toBe(draft);
    expect(removeSection(draft, 'nope')).toEqual({ draft, removed: null });
  });
});
