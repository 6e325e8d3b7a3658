import { z } from 'zod';
import { isSyncServerUrl } from '../../core/team/invite-link';
import { PresenceUser, defaultColour } from '../../core/team/presence';

/**
 * What this browser keeps for team drafts, in localStorage (small, read at
 * once, never a draft's words):
 * - the settings: the sync server's address (empty: no server, and the app
 *   works as a local app), its token if it asks for one, and the name and
 *   colour others see;
 * - which local drafts are team drafts, and in which room of which server.
 * Each is versioned and read through a schema; a value that does not fit is
 * ignored (the defaults apply), never thrown on.
 */
export const TEAM_SETTINGS_KEY = 'specwright:team-settings';
export const TEAM_LINKS_KEY = 'specwright:team-links';

const TeamSettings = z.object({
  v: z.literal(1),
  server: z.string().refine((s) => s === '' || isSyncServerUrl(s)),
  token: z.string().max(500),
  user: PresenceUser,
});
export type TeamSettings = z.infer<typeof TeamSettings>;

const TeamLink = z.object({ room: z.string(), server: z.string() });
export type TeamLink = z.infer<typeof TeamLink>;
const TeamLinks = z.object({ v: z.literal(1), links: z.record(z.string(), TeamLink) });

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function defaultSettings(buildDefaultServer: string | undefined, seed: number): TeamSettings {
  return { v: 1, server: buildDefaultServer && isSyncServerUrl(buildDefaultServer) ? buildDefaultServer : '', token: '', user: { name: 'Guest', colour: defaultColour(seed) } };
}

function readJson(storage: KeyValueStorage | undefined, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(storage: KeyValueStorage | undefined, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function readSettings(storage: KeyValueStorage | undefined, fallback: TeamSettings): TeamSettings {
  const parsed = TeamSettings.safeParse(readJson(storage, TEAM_SETTINGS_KEY));
  return parsed.success ? parsed.data : fallback;
}

export function writeSettings(storage: KeyValueStorage | undefined, settings: TeamSettings): boolean {
  return writeJson(storage, TEAM_SETTINGS_KEY, settings);
}

export function readLinks(storage: KeyValueStorage | undefined): Record<string, TeamLink> {
  const parsed = TeamLinks.safeParse(readJson(storage, TEAM_LINKS_KEY));
  // Own keys only: a draft id is data, never a prototype member.
  return parsed.success ? Object.fromEntries(Object.entries(parsed.data.links)) : {};
}

export function writeLinks(storage: KeyValueStorage | undefined, links: Record<string, TeamLink>): boolean {
  return writeJson(storage, TEAM_LINKS_KEY, { v: 1, links });
}
