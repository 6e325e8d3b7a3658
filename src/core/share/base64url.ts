const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const valueOf = new Int8Array(128).fill(-1);
for (let k = 0; k < alphabet.length; k++) valueOf[alphabet.charCodeAt(k)] = k;

/**
 * Bytes -> base64url without padding (RFC 4648 §5): every character is safe
 * in a URL fragment as it stands. Written here because core has no DOM
 * `btoa`, and `btoa` needs a binary string anyway.
 */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let k = 0;
  for (; k + 2 < bytes.length; k += 3) {
    const n = (bytes[k]! << 16) | (bytes[k + 1]! << 8) | bytes[k + 2]!;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const left = bytes.length - k;
  if (left === 1) {
    const n = bytes[k]! << 16;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!;
  } else if (left === 2) {
    const n = (bytes[k]! << 16) | (bytes[k + 1]! << 8);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]!;
  }
  return out;
}

/** Base64url -> bytes, or null for a character outside the alphabet or a length no encoding gives. Padding `=` is tolerated. */
export function fromBase64url(text: string): Uint8Array | null {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let n = 0;
  let bits = 0;
  let at = 0;
  for (let k = 0; k < body.length; k++) {
    const code = body.charCodeAt(k);
    const v = code < 128 ? valueOf[code]! : -1;
    if (v < 0) return null;
    n = (n << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (n >> bits) & 255;
    }
  }
  return bytes;
}
