import { describe, expect, it } from 'vitest';
import { inviteFragment, isSyncServerUrl, parseInviteFragment } from './invite-link';

const room = 'AbCdEfGhIjKlMnOpQrStUv';

describe('invitation links', () => {
  it('carry the room and the server, and read back', () => {
    const fragment = inviteFragment({ room, server: 'wss://sync.example.com/specwright' });
    expect(parseInviteFragment(`#${fragment}`)).toEqual({ ok: true, invite: { room, server: 'wss://sync.example.com/specwright' } });
  });

  it('refuse a damaged room, a server that is not ws(s), and another version, with a message', () => {
    const damaged = parseInviteFragment(inviteFragment({ room, server: 'ws://127.0.0.1:1234' }).replace(room, 'short'));
    expect(damaged.ok).toBe(false);
    expect(!damaged.ok && damaged.message).toMatch(/damaged.*room/);
    const http = parseInviteFragment(`v=1&room=${room}&server=${encodeURIComponent('https://x.example')}`);
    expect(!http.ok && http.message).toMatch(/server/);
    expect(parseInviteFragment(`v=9&room=${room}`)).toEqual({ ok: false, message: expect.stringMatching(/version 9/) });
    expect(parseInviteFragment('')).toEqual({ ok: false, message: expect.stringMatching(/not an invitation/) });
  });

  it('take ws:// and wss:// servers only, without credentials', () => {
    expect(isSyncServerUrl('ws://127.0.0.1:1234')).toBe(true);
    expect(isSyncServerUrl('wss://sync.example.com')).toBe(true);
    expect(isSyncServerUrl('http://127.0.0.1:1234')).toBe(false);
    expect(isSyncServerUrl('wss://user:pw@sync.example.com')).toBe(false);
    expect(isSyncServerUrl('javascript:alert(1)')).toBe(false);
    expect(isSyncServerUrl('not a url')).toBe(false);
  });
});
