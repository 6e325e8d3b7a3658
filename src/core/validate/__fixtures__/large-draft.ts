import type { Draft } from '../../draft/draft-schema';
import { addGroupItem } from '../../draft/group-edits';
import { DraftFiller } from './draft-filler';
import { runHistorySpec, US1 } from './run-history-spec';

const GROUP = `${US1}~group`;
const NOW = new Date('2026-11-21T09:30:00Z');

/** User text in a draft: what "a 300 KB draft" measures (the template snapshot is left out). */
export function userTextSize(draft: Draft): number {
  return JSON.stringify([draft.titleText, draft.frontmatter, draft.metadata, draft.preamble, draft.sections, draft.footer]).length;
}

/**
 * The run-history spec grown to about `targetChars` of user text with more
 * user stories and a long requirement list, each value of ordinary length,
 * the way a big real spec grows.
 */
export function largeDraft(targetChars: number): Draft {
  let draft = runHistorySpec();
  const requirements: string[] = [];
  for (let k = 0; userTextSize(draft) < targetChars - requirements.length * 160; k++) {
    const added = addGroupItem(draft, GROUP, NOW);
    const id = added.sectionId;
    draft = new DraftFiller(added.draft)
      .heading(id, `User Story ${k + 4} - Filter and export run history, part ${k} (Priority: P3)`)
      .editIn(id, `${US1}#0`, 'prose', (v) => ({
        ...v,
        markdown: `An analyst filters the run history of client ${k} by status and date range, and exports the result as CSV for the monthly review. Today this takes a SQL query written by the data team.`,
      }))
      .editIn(id, `${US1}#1`, 'fields', (v) => ({
        ...v,
        values: { 'why-this-priority': 'Monthly reviews need it, but they can wait for the history itself.', 'independent-test': `Filter client ${k} by failed runs in October and compare the CSV with the database.` },
      }))
      .editIn(id, `${US1}#2`, 'scenarios', (v) => ({
        ...v,
        items: [
          [`runs of client ${k} in October`, 'the analyst filters by status failed', 'only failed runs of October are listed'],
          ['a filtered list of 1,200 runs', 'the analyst exports it', 'the CSV has 1,200 rows and the same columns as the list'],
        ].map(([given, when, then]) => ({ given: given!, when: when!, then: then! })),
      })).draft;
    requirements.push(`System MUST let an analyst filter the runs of client ${k} by status and a date range of up to 90 days, and export at most 50,000 rows as CSV.`);
  }
  return new DraftFiller(draft).ids('requirements/functional-requirements#0', requirements).draft;
}
