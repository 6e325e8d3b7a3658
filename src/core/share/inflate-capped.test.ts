import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflateCapped } from './inflate-capped';

/**
 * A raw deflate stream of `size` zero bytes, written by hand: one fixed-Huffman
 * block of a literal 0 and then <length 258, distance 1> copies, 13 bits per
 * 258 bytes. 1 GB packs into 6.8 MB without ever being in memory.
 */
function zeroBomb(size: number): Uint8Array {
  const copies = Math.floor((size - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let at = 0;
  let acc = 0;
  let bits = 0;
  const put = (value: number, count: number) => {
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out[at++] = acc & 255;
      acc >>>= 8;
      bits -= 8;
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    let reversed = 0;
    for (let k = 0; k < count; k++) reversed |= ((value >> k) & 1) << (count - 1 - k);
    put(reversed, count);
  };
  put(1, 1); // last block
  put(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  for (let k = 0; k < copies; k++) {
    code(0xc5, 8); // length 258 (symbol 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  if (bits > 0) out[at++] = acc & 255;
  return out.subarray(0, at);
}

describe('inflateCapped', () => {
  it('inflates what deflate packed, byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.constantFrom<0 | 1 | 6 | 9>(0, 1, 6, 9), (bytes, level) => {
        expect(inflateCapped(deflateSync(bytes, { level }), 10_000)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('allows exactly the cap, and not one byte more', () => {
    const text = strToU8('a'.repeat(100_000));
    const packed = deflateSync(text, { level: 9 });
    expect(inflateCapped(packed, 100_000)).toEqual({ ok: true, bytes: text });
    expect(inflateCapped(packed, 99_999)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('the hand-made bomb is a real one', () => {
    const result = inflateCapped(zeroBomb(1_000_000), 2_000_000);
    if (!result.ok) throw new Error(result.reason);
    expect(result.bytes.length).toBe(1 + 258 * Math.floor(999_999 / 258));
    expect(result.bytes.every((b) => b === 0)).toBe(true);
  });

  it('stops a 1 GB deflate bomb at the cap, long before unpacking it', () => {
    const bomb = zeroBomb(1024 ** 3);
    expect(bomb.length).toBeLessThan(7_000_000);
    const started = performance.now();
    expect(inflateCapped(bomb, 4 * 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    // Unpacking 1 GB would take seconds and a gigabyte of memory.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('nothing, garbage or a cut-off stream -> bad-compression', () => {
    expect(inflateCapped(new Uint8Array(0), 100)).toEqual({ ok: false, reason: 'bad-compression' });
    expect(inflateCapped(new Uint8Array([0xff, 0xff, 0xff]), 100)).toEqual({ ok: false, reason: 'bad-compression' });
    const packed = deflateSync(strToU8('The quick brown fox jumps over the lazy dog. '.repeat(50)), { level: 9 });
    for (let cut = 0; cut < packed.length; cut++) expect(inflateCapped(packed.subarray(0, cut), 10_000)).toEqual({ ok: false, reason: 'bad-compression' });
  });
});
