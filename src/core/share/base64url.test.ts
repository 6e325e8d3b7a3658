import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';

describe('base64url', () => {
  it('matches Node’s base64url, and reads back what it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('tolerates padding, refuses anything else', () => {
    expect(fromBase64url('SGk=')).toEqual(new Uint8Array([72, 105]));
    expect(fromBase64url('SGk')).toEqual(new Uint8Array([72, 105]));
    expect(fromBase64url('')).toEqual(new Uint8Array(0));
    for (const bad of ['S', 'SGk+', 'SG/k', 'SG k', 'SGé', 'SGk===', '=SGk', 'SGk\n']) expect(fromBase64url(bad)).toBeNull();
  });
});
