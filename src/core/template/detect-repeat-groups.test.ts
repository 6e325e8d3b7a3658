import { describe, expect, it } from 'vitest';
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
