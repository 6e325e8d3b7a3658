import { OPEN_TIMEOUT_MS } from './draft-db';

/** A storage failure in words a person can act on; the browser's own message is kept where it adds anything. */
export function describeStorageError(error: unknown): string {
  const { name, message } = isErrorLike(error) ? error : { name: '', message: String(error) };
  switch (name) {
    case 'QuotaExceededError':
      return 'Your browser’s storage for this site is full.';
    case 'InvalidStateError':
    case 'SecurityError':
      return 'Your browser does not let this site store data (this often happens in private windows).';
    default:
      return message ? `Your browser could not store the data (${message}).` : 'Your browser could not store the data.';
  }
}

// DOMException is an Error in browsers but not always in test environments; both have these two fields.
function isErrorLike(value: unknown): value is { name: string; message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' && typeof (value as { message?: unknown }).message === 'string';
}

/** Why drafts are kept in memory when opening the database hung. */
export const STORAGE_TIMEOUT_MESSAGE = `Your browser’s storage did not answer within ${OPEN_TIMEOUT_MS / 1000} seconds.`;
