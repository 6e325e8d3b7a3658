import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { builtInTemplates } from '../markdown/__fixtures__/load-templates';
import { applyChanges } from './apply-changes';
import { changesMarkdown } from './changes-markdown';
import { compareDrafts } from './compare-drafts';
import { describeChanges } from './describe-changes';
import { openSpecDelta } from './openspec-delta';

const template = builtInTemplates.find((t) => t.id === 'data-platform-feature-spec')!;
const v1 = createDraft(template, { id: 'd1', now: new Date('2026-12-01T10:00:00Z') });

/** `draft` with the first block of `kind` anywhere in it changed by `edit`. */
function editFirst<K extends BlockValue['kind']>(draft: Draft, kind: K, edit: (value: Extract<BlockValue, { kind: K }>) => Extract<BlockValue, { kind: K }>): Draft {
  let done = false;
  const walk = (sections: DraftSection[]): DraftSection[] =>
    sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => {
        if (done || b.kind !== kind) return b;
        done = true;
        return edit(b as Extract<BlockValue, { kind: K }>);
      }),
      children: walk(s.children),
    }));
  const sections = walk(draft.sections);
  if (!done) throw new Error(`no ${kind} block`);
  return { ...draft, sections };
}

describe('describeChanges', () => {
  it('names a changed requirement, a removed one and an added scenario, and nothing else', () => {
    let v2 = editFirst(v1, 'idList', (b) => ({ ...b, items: b.items.map((item, k) => (k === 0 ? { ...item, text: 'System MUST ingest runs from Airflow' } : item)).slice(0, -1) }));
    v2 = editFirst(v2, 'scenarios', (b) => ({ ...b, items: [...b.items, { given: 'a failed run', when: 'it is retried', then: 'the history keeps both' }] }));
    const lines = describeChanges(compareDrafts(v1, v2), v1, v2);
    const removedId = editFirstIds(v1).at(-1);
    expect(lines.map((l) => l.summary)).toEqual([`Scenario ${firstScenarioCount(v1) + 1} added`, 'FR-001 changed', `${removedId} removed`]);
    expect(lines[1]!.parts?.some((p) => p.op === 'added' && p.text.includes('Airflow'))).toBe(true);
    expect(lines[0]!.where).toMatch(/User Story 1/);
  });

  it('reads removing a middle requirement (the rest renumbered) as one removal and renumberings', () => {
    const ids = editFirstIds(v1);
    const v2 = editFirst(v1, 'idList', (b) => ({ ...b, items: b.items.filter((_, k) => k !== 1).map((item, k) => ({ ...item, id: b.items[k]!.id })) }));
    const summaries = describeChanges(compareDrafts(v1, v2), v1, v2).map((l) => l.summary);
    expect(summaries[0]).toBe(`${ids[1]} removed`);
    expect(summaries.slice(1)).toEqual(ids.slice(2).map((id, k) => `${id} renumbered as ${ids[k + 1]}`));
  });

  it('says which section was added, removed and renamed', () => {
    const [first, second, ...rest] = v1.sections;
    const v2: Draft = { ...v1, sections: [{ ...first!, title: 'Renamed' }, ...rest, { ...second!, id: 'new-one', title: 'Brand new' }] };
    const summaries = describeChanges(compareDrafts(v1, v2), v1, v2).map((l) => l.summary);
    expect(summaries).toContain(`Section “${second!.title}” removed`);
    expect(summaries).toContain(`Section “${first!.title}” renamed “Renamed”`);
    expect(summaries).toContain('Section “Brand new” added');
    expect(applyChanges(v1, compareDrafts(v1, v2)).sections).toEqual(v2.sections);
  });

  it('refuses a change list made from another draft rather than write over its words', () => {
    const v2 = editFirst(v1, 'idList', (b) => ({ ...b, items: b.items.map((item, k) => (k === 0 ? { ...item, text: 'new words' } : item)) }));
    const other = editFirst(v1, 'idList', (b) => ({ ...b, items: b.items.map((item, k) => (k === 0 ? { ...item, text: 'the user’s own words' } : item)) }));
    const list = compareDrafts(v1, v2);
    expect(() => applyChanges(other, list)).toThrow(/made from/);
  });
});

describe('changesMarkdown and openSpecDelta', () => {
  const v2 = editFirst(
    editFirst(v1, 'idList', (b) => ({ ...b, items: [...b.items.map((item, k) => (k === 0 ? { ...item, text: 'System MUST ingest runs' } : item)).slice(0, -1), { id: 'FR-099', text: 'System MUST page on failure' }] })),
    'scenarios',
    (b) => ({ ...b, items: [...b.items, { given: 'a run', when: 'it fails', then: 'someone is paged' }] }),
  );
  const list = compareDrafts(v1, v2);
  const lines = describeChanges(list, v1, v2);

  it('writes a "Changes since" note with the old and new wording', () => {
    const md = changesMarkdown(lines, 'v1');
    expect(md.startsWith('## Changes since v1\n\n')).toBe(true);
    expect(md).toContain('- FR-001 changed');
    expect(md).toContain('  - After: System MUST ingest runs');
    expect(md).toContain('- FR-099 added');
    expect(md).toMatch(/- FR-00\d removed[^\n]*\n {2}- ~~System MUST/);
  });

  it('writes ADDED, MODIFIED and REMOVED requirements, the story with its scenarios', () => {
    const delta = openSpecDelta(list, lines, v2, 'Run history');
    expect(delta).toMatch(/^# Delta for Run history\n\n## ADDED Requirements\n\n### Requirement: FR-099\n\nSystem MUST page on failure/);
    expect(delta).toContain('## MODIFIED Requirements\n\n### Requirement: FR-001\n\nSystem MUST ingest runs\n\n(Previously: System MUST');
    expect(delta).toMatch(/### Requirement: User Story 1[^\n]*[\s\S]*#### Scenario: Scenario \d+\n- GIVEN a run\n- WHEN it fails\n- THEN someone is paged/);
    expect(delta).toMatch(/## REMOVED Requirements\n\n### Requirement: FR-00\d\n\nSystem MUST[^\n]*\n\n\*\*Reason\*\*/);
    expect(delta.indexOf('ADDED')).toBeLessThan(delta.indexOf('MODIFIED'));
    expect(delta.indexOf('MODIFIED')).toBeLessThan(delta.indexOf('REMOVED'));
  });
});

function editFirstIds(draft: Draft): string[] {
  const found: string[] = [];
  editFirst(draft, 'idList', (b) => {
    found.push(...b.items.map((i) => i.id));
    return b;
  });
  return found;
}

function firstScenarioCount(draft: Draft): number {
  let n = 0;
  editFirst(draft, 'scenarios', (b) => {
    n = b.items.length;
    return b;
  });
  return n;
}
