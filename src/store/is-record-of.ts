import { DRAFT_KIND, DRAFT_VERSION, type Draft } from '../core/draft/draft-schema';

/**
 * Whether a stored record is the one `basis` was read or written as, so a
 * write based on it may replace it. The revision alone is not enough: a record
 * of a newer format (another tab runs a newer app) or a damaged one can carry
 * the same revision, and neither must ever be overwritten. So the record must
 * be a draft of a format this app reads, with the basis's id and edit time.
 */
export function isRecordOf(stored: unknown, basis: Draft | undefined): boolean {
  if (!basis || typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
  const { kind, version, id, updatedAt } = stored as Record<string, unknown>;
  return (
    kind === DRAFT_KIND &&
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version <= DRAFT_VERSION &&
    id === basis.id &&
    updatedAt === basis.updatedAt
  );
}
