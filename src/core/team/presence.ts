import { z } from 'zod';

/**
 * What each person in a team draft tells the others (the Yjs awareness
 * state): who they are and where they are. Remote states are untrusted: they
 * are read through this schema, and a state that does not fit is not shown.
 */
export const PRESENCE_VERSION = 1;

export const presenceColours = ['#b3261e', '#1d6fb8', '#2e7d32', '#8e24aa', '#c25e00', '#00796b', '#ad1457', '#5d4037'] as const;

export const PresenceUser = z.object({
  name: z.string().trim().min(1).max(60),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type PresenceUser = z.infer<typeof PresenceUser>;

export const PresenceState = z.object({
  presence: z.literal(PRESENCE_VERSION),
  user: PresenceUser,
  /** The section the person is in (focus or the one in view), null when none. */
  sectionId: z.string().max(200).nullable(),
});
export type PresenceState = z.infer<typeof PresenceState>;

export type Peer = PresenceState & { clientId: number };

/** The other people in a draft, from the awareness states, each once, ordered by name. */
export function peersFrom(states: ReadonlyMap<number, unknown>, ownClientId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const parsed = PresenceState.safeParse(state);
    if (parsed.success) peers.push({ ...parsed.data, clientId });
  }
  return peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** A colour for someone who has not picked one, the same for the same seed. */
export function defaultColour(seed: number): string {
  return presenceColours[Math.abs(seed) % presenceColours.length] ?? presenceColours[0];
}
