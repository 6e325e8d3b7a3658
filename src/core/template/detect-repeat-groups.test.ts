import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { addGroupItem } from '../draft/group-edits';
import { parseTemplate } from './parse-template';

const groups = (md: string) => parseTemplate(md, { id: 't' }).template.groups.map((g) => [g.label, g.itemIds.length, g.addHint ?? null]);

describe('repeatable groups', () => {
  it('groups numbered siblings in sequence, and not a broken sequence', () => {
    expect(groups('## Option 1\n## Option 2\n## Option 3')).toEqual([['Option', 3, null]]);
    expect(groups('## Option 1\n## Option 3')).toEqual([]);
    expect(groups('## Step 1\n### Detail\n## Step 2\n## Summary')).toEqual([['Step', 2, null]]);
  });

  it('makes a single numbered section with an add-more line a group of one', () => {
    expect(groups('## Stories\n### Story 1\ntext\n\n[Add more stories as needed]\n## End')).toEqual([['Story', 1, '[Add more stories as needed]']]);
  });

  it('gives a hint found deep inside the last item to the group, not to a subsection', () => {
    const md = '## Phase 1\n### Tasks for Phase 1\n## Phase 2\n### Tasks for Phase 2\n\n[Add more phases as needed]';
    expect(groups(md)).toEqual([['Phase', 2, '[Add more phases as needed]']]);
  });

  it('keeps an add-more line outside any group as guidance', () => {
    const { template } = parseTemplate('## Notes\nSome text\n\n[Add more notes as needed]', { id: 't' });
    expect(template.groups).toEqual([]);
    expect(template.sections[0]?.guidance).toEqual(['Add more notes as needed']);
  });
});

describe('numbered placeholder headings', () => {
  it('group as their label and number do: `[Category 1]`, `[Category 2]`', () => {
    expect(groups('## Categories\n### [Category 1]\n- [Item]\n### [Category 2]\n- [Item]\n## End')).toEqual([['Category', 2, null]]);
  });

  it('do not group when the number is not the heading\'s own, or the run breaks', () => {
    expect(groups('### [Category 1] and [Category 2]\n### [Category 2] and more')).toEqual([]);
    expect(groups('### [Category 1]\n### [Category 3]')).toEqual([]);
  });

  it('a new item takes the next number, in brackets like the rest', () => {
    const { template } = parseTemplate('# Spec\n\n## Categories\n\n### [Category 1]\n\n- [Item]\n\n### [Category 2]\n\n- [Item]\n', { id: 't' });
    const draft = createDraft(template, { id: 'd', now: new Date('2026-12-01T00:00:00Z') });
    const { draft: next } = addGroupItem(draft, template.groups[0]!.id, new Date('2026-12-01T00:00:00Z'));
    expect(next.sections[0]!.children.map((s) => s.title)).toEqual(['[Category 1]', '[Category 2]', '[Category 3]']);
  });
});
