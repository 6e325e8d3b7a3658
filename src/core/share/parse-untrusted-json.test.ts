import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from './parse-untrusted-json';

describe('parseUntrustedJson', () => {
  it('parses JSON, and says when it is not', () => {
    expect(parseUntrustedJson('{"a":[1,"x",null]}', 10)).toEqual({ ok: true, value: { a: [1, 'x', null] } });
    expect(parseUntrustedJson('{"a":', 10)).toEqual({ ok: false, reason: 'not-json' });
    expect(parseUntrustedJson('', 10)).toEqual({ ok: false, reason: 'not-json' });
  });

  it('counts depth outside strings only, escapes included', () => {
    expect(parseUntrustedJson('[[["ok"]]]', 3)).toMatchObject({ ok: true });
    expect(parseUntrustedJson('[[[["deep"]]]]', 3)).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseUntrustedJson('{"a":"[[[[{{{{\\"[[[["}', 1)).toEqual({ ok: true, value: { a: '[[[[{{{{"[[[[' } });
    expect(parseUntrustedJson(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`, 100)).toEqual({ ok: false, reason: 'too-deep' });
  });

  it('drops __proto__ keys at any depth, so nothing can reach a prototype', () => {
    const result = parseUntrustedJson('{"__proto__":{"polluted":1},"a":{"__proto__":{"polluted":1},"b":2},"constructor":{"prototype":{"polluted":1}}}', 10);
    expect(result).toEqual({ ok: true, value: { a: { b: 2 }, constructor: { prototype: { polluted: 1 } } } });
    if (!result.ok) return;
    const value = result.value as { a: object };
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
