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
  return `v=${INVITE_VERSION}&room=${invite.room}&server=${encodeURIComponent(invite.server)}`;
}

/** `a=1&b=2` -> its values; a value that does not decode is left out. (core has no URLSearchParams: it runs without the DOM lib.) */
function fragmentParams(fragment: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    try {
      params.set(part.slice(0, at), decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' ')));
    } catch {
      // a damaged value: read as missing
    }
  }
  return params;
}

export type ParsedInvite = { ok: true; invite: Invite } | { ok: false; message: string };

export function parseInviteFragment(fragment: string): ParsedInvite {
  const params = fragmentParams(fragment);
  const version = params.get('v') ?? null;
  if (version !== String(INVITE_VERSION)) {
    return { ok: false, message: version === null ? 'This is not an invitation link: it has no team draft in it.' : `This invitation is of version ${version}; this version of Specwright reads version ${INVITE_VERSION}.` };
  }
  const parsed = Invite.safeParse({ room: params.get('room') ?? null, server: params.get('server') ?? null });
  if (!parsed.success) return { ok: false, message: `This invitation link is damaged (${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}). Ask for the link again.` };
  return { ok: true, invite: parsed.data };
}

/** ws:// or wss:// with a host (and maybe a port and a path), no credentials, query or fragment. */
export function isSyncServerUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 500 && /^wss?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?(\/[A-Za-z0-9._~%!$&'()*+,;=:/-]*)?$/.test(value);
}
