/**
 * Notices a person dismissed, remembered in this browser so they stay
 * dismissed after a reload. The store's one use of localStorage besides the
 * unsaved-draft copies; a storage that refuses (private windows) just means
 * the notice comes back next time.
 */
const KEY = 'specwright:dismissed-notices';
export type DismissibleNotice = 'storage-persistence';

function read(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function isNoticeDismissed(notice: DismissibleNotice): boolean {
  return read().has(notice);
}

export function dismissNotice(notice: DismissibleNotice): void {
  const dismissed = read();
  dismissed.add(notice);
  try {
    localStorage.setItem(KEY, JSON.stringify([...dismissed]));
  } catch {
    // Not remembered: the notice shows again on the next load, nothing else is lost.
  }
}
