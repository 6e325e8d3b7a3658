/**
 * A team draft's room id is its only secret unless the server asks for a token:
 * 128 random bits, written as 22 base64url characters. The server refuses any
 * room name that is not of this form, so a guessable or path-like name
 * ("../x", "test") never reaches its disk.
 */
export const roomIdBytes = 16;
export const roomIdPattern = /^[A-Za-z0-9_-]{22}$/;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `randomBytes` is the platform's CSPRNG (crypto.getRandomValues in a browser, node:crypto on the server). */
export function newRoomId(randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(roomIdBytes);
  if (bytes.length !== roomIdBytes) throw new Error(`A room id needs ${roomIdBytes} random bytes, got ${bytes.length}.`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(value >> bits) & 63];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(value << (6 - bits)) & 63];
  return out;
}

export function isRoomId(value: unknown): value is string {
  return typeof value === 'string' && roomIdPattern.test(value);
}
