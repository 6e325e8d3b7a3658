import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBidiControls } from './split-bidi-controls';

const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('splitBidiControls', () => {
  it('names each direction control by its code point, between the text around it', () => {
    expect(splitBidiControls('Spec \u202Etxt.exe')).toEqual([
      { kind: 'text', text: 'Spec ' },
      { kind: 'control', codePoint: 'U+202E' },
      { kind: 'text', text: 'txt.exe' },
    ]);
    expect(splitBidiControls('\u2066\u061Cx\u200F')).toEqual([
      { kind: 'control', codePoint: 'U+2066' },
      { kind: 'control', codePoint: 'U+061C' },
      { kind: 'text', text: 'x' },
      { kind: 'control', codePoint: 'U+200F' },
    ]);
  });

  it('finds every control of U+202A–U+202E, U+2066–U+2069, U+200E, U+200F and U+061C, and nothing else', () => {
    expect(controls.map((c) => splitBidiControls(c))).toEqual(controls.map((c) => [{ kind: 'control', codePoint: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }]));
    // Neighbours of the ranges, right-to-left letters and joiners are text.
    for (const text of ['\u2029', '\u202F', '\u2065', '\u206A', '\u200D', '\u200B', '\u061B', '\u061D', 'مرحبا', 'שלום', '']) {
      expect(splitBidiControls(text)).toEqual(text === '' ? [] : [{ kind: 'text', text }]);
    }
  });

  it('keeps all the text, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...controls))).map((pieces) => pieces.join('')), (text) => {
        const parts = splitBidiControls(text);
        const back = parts.map((p) => (p.kind === 'text' ? p.text : String.fromCharCode(parseInt(p.codePoint.slice(2), 16)))).join('');
        expect(back).toBe(text);
        expect(parts.some((p) => p.kind === 'text' && controls.some((c) => p.text.includes(c)))).toBe(false);
      }),
    );
  });
});
