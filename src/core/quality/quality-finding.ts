import type { Finding } from '../validate/finding';
import type { QualityCode } from './quality-codes';
import type { QualityText } from './quality-texts';

/** A quality warning on one text: on its ID'd item when it has one, so the file's line is the item's. */
export function qualityFinding(at: QualityText, code: QualityCode, message: string, field: string | undefined = at.id): Finding {
  const finding: Finding = { severity: 'warning', code, message, sectionId: at.sectionId };
  if (at.blockId !== undefined) finding.blockId = at.blockId;
  if (field !== undefined) finding.field = field;
  return finding;
}

/** `FR-003` or `An item`, and ` (Functional Requirements)` after it when the section has a name. */
export function named(at: QualityText): string {
  return at.id ?? 'An item';
}

export function inSection(at: QualityText): string {
  return at.sectionId === null ? '' : ` (${at.where})`;
}
