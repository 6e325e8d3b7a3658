import { describe, expect, it } from 'vitest';
import { storedValueJson } from './stored-value-json';

describe('storedValueJson', () => {
  it('writes plain JSON records as JSON', async () => {
    const record = { kind: 'specwright/draft', version: 9, nested: { list: [1, 'two', null, true] } };
    expect(JSON.parse(await storedValueJson(record))).toEqual(record);
  });

  it('keeps Map, Set, BigInt, Date, Blob, typed arrays and odd numbers instead of writing [object Object]', async () => {
    const record = {
      map: new Map<unknown, unknown>([['a', 1], [2, { b: 3n }]]),
      set: new Set(['x', 'y']),
      big: 12345678901234567890n,
      date: new Date('2026-01-02T03:04:05.000Z'),
      blob: new Blob(['hello'], { type: 'text/plain' }),
      bytes: new Uint8Array([1, 2, 255]),
      buffer: new Uint8Array([7]).buffer,
      nan: Number.NaN,
      missing: undefined,
    };
    const text = await storedValueJson(record);
    expect(text).not.toContain('[object Object]');
    expect(JSON.parse(text)).toEqual({
      map: { $map: [['a', 1], [2, { b: { $bigint: '3' } }]] },
      set: { $set: ['x', 'y'] },
      big: { $bigint: '12345678901234567890' },
      date: { $date: '2026-01-02T03:04:05.000Z' },
      blob: { $blob: { type: 'text/plain', size: 5, base64: btoa('hello') } },
      bytes: { $Uint8Array: btoa(String.fromCharCode(1, 2, 255)) },
      buffer: { $arrayBuffer: btoa(String.fromCharCode(7)) },
      nan: { $number: 'NaN' },
      missing: { $undefined: true },
    });
  });

  it('writes a cycle as a reference instead of throwing', async () => {
    const record: Record<string, unknown> = { name: 'loop' };
    record.self = record;
    record.list = [record];
    expect(JSON.parse(await storedValueJson(record))).toEqual({ name: 'loop', self: { $ref: '$' }, list: [{ $ref: '$' }] });
  });

  it('keeps a key named __proto__ as a key', async () => {
    const record = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as unknown;
    const text = await storedValueJson(record);
    expect(JSON.parse(text, (_k, v: unknown) => v)).toHaveProperty(['ok'], 1);
    expect(text).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
