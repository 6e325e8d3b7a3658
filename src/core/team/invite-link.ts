import { z } from 'zod';
import { isRoomId } from './room-id';

/**
 * An invitation to a team draft travels in the link's fragment (`/join#…`),
 * which browsers never send to the app's host: the room id (the secret) and
 * the sync server's address. A token is never put in a link; each person
 * enters it in their own server setting.
 */
export const INVITE_VERSION = 1;

export const Invite = z.object({
  room: z.string().refine(isRoomId, 'not a room id'),
  server: z.string().refine(isSyncServerUrl, 'not a ws:// or wss:// address'),
});
export type Invite = z.infer<typeof Invite>;

export function inviteFragment(invite: Invite): string {
  const params = new URLSearchParams({ v: String(INVITE_VERSION), room: invite.room, server: invite.server });
  return params.toString();
}

export type ParsedInvite = { ok: true; invite: Invite } | { ok: false; message: string };

export function parseInviteFragment(fragment: string): ParsedInvite {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const version = params.get('v');
  if (version !== String(INVITE_VERSION)) {
    return { ok: false, message: version === null ? 'This is not an invitation link: it has no team draft in it.' : `This invitation is of version ${version}; this version of Specwright reads version ${INVITE_VERSION}.` };
  }
  const parsed = Invite.safeParse({ room: params.get('room'), server: params.get('server') });
  if (!parsed.success) return { ok: false, message: `This invitation link is damaged (${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}). Ask for the link again.` };
  return { ok: true, invite: parsed.data };
}

/** ws:// or wss:// with a host, no credentials, no fragment. */
export function isSyncServerUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 500) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '' && url.username === '' && url.password === '' && url.hash === '';
  } catch {
    return false;
  }
}
