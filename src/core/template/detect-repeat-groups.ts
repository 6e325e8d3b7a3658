import type { RepeatGroup, Section } from './schema';

/** `User Story 1 - ...`, `Requirement 2: ...`, `Phase 3: ...`, `[Category 1]`: a label, then a number. */
const NUMBERED = /^([A-Za-z][A-Za-z '&/-]{0,40}?)[ \t]{1,4}(\d{1,3})(?=$|[\s:.)\-–—])/;

type Run = { label: string; items: Section[] };

/**
 * Numbered siblings in sequence (`User Story 1`, `User Story 2`, ...) become one
 * repeatable group. An `[Add more ...]` line belongs to the group whose items
 * hold it, however deep (spec-kit's tasks template puts it in the last phase's
 * last subsection); a single numbered section whose own body has one is a
 * group of one. `hints` maps a section id to the hints in its body.
 */
export function detectRepeatGroups(sections: Section[], hints: Map<string, string[]>): RepeatGroup[] {
  const groups: RepeatGroup[] = [];
  const claimed = new Set<string>();
  visit(sections, null, hints, claimed, groups);
  return groups;
}

function visit(siblings: Section[], parentId: string | null, hints: Map<string, string[]>, claimed: Set<string>, groups: RepeatGroup[]): void {
  for (const run of numberedRuns(siblings)) {
    const inside = run.items.flatMap(descendantsAndSelf);
    const hintHolder = inside.find((s) => !claimed.has(s.id) && hints.has(s.id));
    const ownHint = run.items.length === 1 && hintHolder === run.items[0];
    if (run.items.length < 2 && !ownHint) continue;
    const group: RepeatGroup = {
      id: `${run.items[0]!.id}~group`,
      label: run.label,
      parentId,
      itemIds: run.items.map((s) => s.id),
      prototypeId: run.items.reduce((best, s) => (weight(s) > weight(best) ? s : best), run.items[0]!).id,
    };
    if (hintHolder) {
      group.addHint = hints.get(hintHolder.id)![0]!;
      claimed.add(hintHolder.id);
    }
    groups.push(group);
  }
  for (const section of siblings) visit(section.children, section.id, hints, claimed, groups);
}

function numberedRuns(siblings: Section[]): Run[] {
  const runs: Run[] = [];
  let run: (Run & { next: number }) | undefined;
  for (const section of siblings) {
    const match = NUMBERED.exec(unbracketed(section.title));
    const label = match?.[1]?.trim();
    const number = Number(match?.[2]);
    if (run && label && label.toLowerCase() === run.label.toLowerCase() && number === run.next) {
      run.items.push(section);
      run.next++;
      continue;
    }
    if (run) runs.push(run);
    run = label ? { label, items: [section], next: number + 1 } : undefined;
  }
  if (run) runs.push(run);
  return runs;
}

/** `[Category 1]`, a numbered blank standing for the whole heading, numbers its group as `Category 1` does. */
function unbracketed(title: string): string {
  return /^\[[^[\]]+\]$/.test(title) ? title.slice(1, -1) : title;
}

function descendantsAndSelf(section: Section): Section[] {
  return [section, ...section.children.flatMap(descendantsAndSelf)];
}

/** How much structure a section has: its blocks (separators aside) and its subsections. Ties go to the first item. */
function weight(section: Section): number {
  const blocks = section.blocks.filter((b) => b.kind !== 'rule' && b.kind !== 'raw').length;
  return blocks + section.children.reduce((sum, child) => sum + 1 + weight(child), 0);
}
