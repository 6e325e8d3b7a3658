import { describe, expect, it } from 'vitest';
import { checkJson } from './check-json';

describe('checkJson', () => {
  it('accepts JSON', () => {
    for (const text of ['{}', '[]', '0', '-1.5e3', '"a\\u00e9\\n"', ' {"a": [1, true, null, {"b": "c"}]} ', 'false']) {
      expect(checkJson(text)).toEqual({ valid: true });
    }
  });

  it('places the first error by line and column', () => {
    expect(checkJson('{\n  "a": 1,\n}')).toEqual({ valid: false, message: "Unexpected '}': no trailing comma allowed", line: 3, column: 1 });
    expect(checkJson('{\n  a: 1\n}')).toMatchObject({ line: 2, column: 3, message: "Unexpected 'a': expected a property name in double quotes" });
    expect(checkJson('{"a" 1}')).toMatchObject({ line: 1, column: 6, message: "Unexpected '1': expected ':' after the property name" });
    expect(checkJson('[1 2]')).toMatchObject({ line: 1, column: 4, message: "Unexpected '2': expected ',' or ']'" });
    expect(checkJson('{"a": "b}')).toMatchObject({ line: 1, column: 10, message: 'Unterminated string' });
    expect(checkJson('{"a": 01}')).toMatchObject({ column: 8 });
    expect(checkJson("{'a': 1}")).toMatchObject({ column: 2 });
    expect(checkJson('{"a": undefined}')).toMatchObject({ column: 7, message: "Unexpected 'undefined': expected a value" });
    expect(checkJson('{} x')).toMatchObject({ column: 4, message: "Unexpected 'x' after the end of the JSON value" });
    expect(checkJson('{"a":')).toMatchObject({ column: 6, message: 'Unexpected end of input: expected a value' });
    expect(checkJson('"\\x"')).toMatchObject({ column: 2, message: 'Bad escape in string' });
  });

  it('agrees with JSON.parse', () => {
    const samples = ['{"a":1}', '{"a":1,}', '[1,,2]', '1.', '.5', '-', '"\t"', 'nul', 'true false', '{"a":[}', '"\\ud800"', ''];
    for (const text of samples) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(checkJson(text).valid, text).toBe(parses);
    }
  });
});

describe('checkJson on hostile input', () => {
  it('survives nesting deeper than the call stack', () => {
    expect(checkJson('['.repeat(200_000)).valid).toBe(false);
    expect(checkJson('['.repeat(5_000) + ']'.repeat(5_000))).toEqual({ valid: true });
  });

  it('stays linear on long documents', () => {
    const big = `[${Array.from({ length: 50_000 }, (_, k) => k).join(',')}]`;
    const started = performance.now();
    expect(checkJson(big)).toEqual({ valid: true });
    expect(checkJson(`${big.slice(0, -1)},]`).valid).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
