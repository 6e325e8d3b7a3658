import type { TextPart } from './text-parts';

export type ChangeVerb = 'added' | 'removed' | 'changed' | 'renamed' | 'reordered' | 'renumbered' | 'switched on' | 'switched off' | 'replaced';

/**
 * One change as a reviewer reads it: `FR-003 changed`, `Scenario 3 added` in
 * `User Story 1`, with the words that changed.
 */
export type ChangeLine = {
  verb: ChangeVerb;
  /** What changed, in the spec's terms: `FR-003`, `Scenario 2`, `Section “Edge Cases”`, `Field “Status”`. */
  subject: string;
  /** The section it is in, as a path of titles (`Requirements › Functional Requirements`); empty at the document's top. */
  where: string;
  /** The sentence for the list: `FR-003 changed`, `FR-004 renumbered as FR-003`. */
  summary: string;
  before?: string;
  after?: string;
  /** Word-level differences between before and after. */
  parts?: TextPart[];
  /** What the line is about, for the OpenSpec delta: a requirement (an ID'd item), a scenario, or anything else. */
  about: 'requirement' | 'scenario' | 'section' | 'other';
  /** The section the line is in (its id), for grouping scenarios under their story. */
  sectionId: string | null;
};
