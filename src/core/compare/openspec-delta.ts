import type { Draft, DraftSection } from '../draft/draft-schema';
import type { ChangeLine } from './change-line';
import type { ChangeList } from './draft-change';
import { findDraftSection } from '../draft/section-edits';

type Requirement = { name: string; text: string; previously?: string; scenarios?: Scenario[] };
type Scenario = { name: string; given: string; when: string; then: string };

const inline = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The change as an OpenSpec delta: `## ADDED Requirements`,
 * `## MODIFIED Requirements` (the whole new requirement, with what it said
 * before) and `## REMOVED Requirements`. Requirements are the draft's ID'd
 * items (`FR-003`); a user story whose acceptance scenarios changed is a
 * modified requirement named for its section, with all its scenarios as they
 * are now, since OpenSpec replaces a modified requirement whole.
 */
export function openSpecDelta(list: ChangeList, lines: readonly ChangeLine[], after: Draft, domain: string): string {
  const added: Requirement[] = [];
  const modified: Requirement[] = [];
  const removed: Requirement[] = [];
  for (const l of lines) {
    if (l.about !== 'requirement') continue;
    if (l.verb === 'added') added.push({ name: l.subject, text: l.after ?? '' });
    else if (l.verb === 'removed') removed.push({ name: l.subject, text: l.before ?? '' });
    else if (l.verb === 'changed') modified.push({ name: l.subject, text: l.after ?? '', previously: l.before ?? '' });
  }
  const storyIds = [...new Set(lines.filter((l) => l.about === 'scenario' && l.sectionId).map((l) => l.sectionId!))];
  for (const id of storyIds) {
    const section = findDraftSection(after.sections, id);
    if (section) modified.push({ name: inline(section.title), text: '', scenarios: scenariosOf(section) });
  }
  for (const change of list.changes) {
    if (change.type === 'section-added') collect(change.section, added);
    if (change.type === 'section-removed') collect(change.section, removed);
  }
  const parts = [`# Delta for ${inline(domain) || 'this spec'}`];
  if (added.length > 0) parts.push('## ADDED Requirements', ...added.map((r) => requirement(r)));
  if (modified.length > 0) parts.push('## MODIFIED Requirements', ...modified.map((r) => requirement(r)));
  if (removed.length > 0) parts.push('## REMOVED Requirements', ...removed.map((r) => requirement(r, true)));
  if (parts.length === 1) parts.push('No requirement changed.');
  return `${parts.join('\n\n')}\n`;
}

/** The requirements and scenarios of a whole section (added or removed with it). */
function collect(section: DraftSection, into: Requirement[]): void {
  for (const block of section.blocks) {
    if (block.kind === 'idList') for (const item of block.items) into.push({ name: item.id || inline(item.text).slice(0, 60), text: item.text });
  }
  const scenarios = scenariosOf(section, false);
  if (scenarios.length > 0) into.push({ name: inline(section.title), text: '', scenarios });
  for (const child of section.children) collect(child, into);
}

function scenariosOf(section: DraftSection, deep = true): Scenario[] {
  const own = section.blocks.flatMap((b) => (b.kind === 'scenarios' ? b.items : [])).map((s, k) => ({ name: `Scenario ${k + 1}`, ...s }));
  return deep ? [...own, ...section.children.flatMap((c) => scenariosOf(c))] : own;
}

function requirement(r: Requirement, isRemoved = false): string {
  const out = [`### Requirement: ${inline(r.name)}`];
  if (inline(r.text)) out.push(inline(r.text));
  if (r.previously !== undefined && inline(r.previously)) out.push(`(Previously: ${inline(r.previously)})`);
  if (isRemoved) out.push('**Reason**: Removed from the spec.');
  for (const s of r.scenarios ?? []) out.push(`#### Scenario: ${s.name}\n- GIVEN ${inline(s.given)}\n- WHEN ${inline(s.when)}\n- THEN ${inline(s.then)}`);
  return out.join('\n\n');
}
