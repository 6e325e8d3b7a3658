import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { isRoomId, newRoomId } from './room-id';

describe('room ids', () => {
  it('are 22 base64url characters carrying all 128 bits', () => {
    const zeros = newRoomId(() => new Uint8Array(16));
    const ones = newRoomId(() => new Uint8Array(16).fill(255));
    expect(zeros).toBe('A'.repeat(22));
    // 128 bits = 21 full characters and 2 bits in the last one.
    expect(ones).toBe('_'.repeat(21) + 'w');
    const id = newRoomId((n) => new Uint8Array(randomBytes(n)));
    expect(isRoomId(id)).toBe(true);
  });

  it('differ from one call to the next', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRoomId((n) => new Uint8Array(randomBytes(n)))));
    expect(ids.size).toBe(200);
  });

  it('refuse short, long and path-like names', () => {
    for (const bad of ['', 'test', '../../etc/passwd00000', 'A'.repeat(21), 'A'.repeat(23), 'A'.repeat(21) + '/', 42, null]) {
      expect(isRoomId(bad)).toBe(false);
    }
  });

  it('refuse a random source that gives the wrong number of bytes', () => {
    expect(() => newRoomId(() => new Uint8Array(8))).toThrow(/16 random bytes/);
  });
});
