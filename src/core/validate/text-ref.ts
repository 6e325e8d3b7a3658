import type { PlaceholderContext } from '../template/find-placeholders';
import type { Field } from '../template/schema';
import type { Place } from './place';

/** One text value of a draft, with what messages and the editor need to point at it. */
export type TextRef = {
  text: string;
  context: PlaceholderContext;
  place: Place;
  /** How a message names the value: `FR-003`, `Scenario 2, Given`, `Inputs, item 1`, `The title`. */
  name: string;
  /** The section title for messages, or null when `name` says enough. */
  where: string | null;
  field?: string;
  /** Part of the success criteria: vague words need a measure. */
  criterion: boolean;
  /** The template field the value fills, for enum, date and version checks. */
  fieldDef?: Field;
  /** Frontmatter and metadata: an unset enum is worth a warning there, and frontmatter is YAML, where a value may be quoted. */
  documentField?: 'frontmatter' | 'metadata';
};

export type Marker = { ref: TextRef; question: string };

/** Section titles, block labels and field labels that mean success criteria. */
export const CRITERIA_TITLE = /success|criteria|outcome|metric/i;
