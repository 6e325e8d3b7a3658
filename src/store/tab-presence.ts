/**
 * Which tabs of the app are open, through the Web Locks API: each tab holds a
 * lock named for it as long as it lives, and the browser lets go of it when
 * the tab closes or crashes. A loading tab uses this to take over the
 * closing-page copies of tabs that are gone, and leave those of open tabs.
 */
const PREFIX = 'specwright-tab:';

type Locks = Pick<LockManager, 'request' | 'query'>;

function locks(): Locks | undefined {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined;
}

/** Holds this tab's lock until the tab goes away; false where the browser has no Web Locks. */
export function holdTabPresence(tabId: string): boolean {
  const manager = locks();
  if (!manager) return false;
  void manager.request(`${PREFIX}${tabId}`, () => new Promise<never>(() => {})).catch(() => {});
  return true;
}

/** The ids of the tabs that are open now, or null where the browser cannot tell. */
export async function liveTabIds(): Promise<ReadonlySet<string> | null> {
  const manager = locks();
  if (!manager) return null;
  try {
    const { held = [] } = await manager.query();
    return new Set(held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])));
  } catch {
    return null;
  }
}
