import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownZones, parsedZones } from './markdown-zones';

// Pieces of every construct that makes a zone, and of what is near one.
const PIECES = [
  '[', ']', '(', ')', '!', '^', ':', '<', '>', '`', '~', '-', '*', '#', '|', ' ', '    ', '\t', '\n', '\n\n', 'a', 'T', 'x', '1.',
  '```', '~~~', '<!--', '-->', '](u)', ']: u', '![i]', '[^1]', '<https://e.x>', 'www.e.x', 'WWW.E.X', 'HTTPS://E.X/[a]', 'https://e.x/[a]', 'a@b.c', '[RFC 1]', '<b>', '- [ ] ',
];

const at = (text: string) => parsedZones(text).map((z) => text.slice(z.start, z.end));

describe('markdownZones', () => {
  it('finds code, links, references, definitions, images, footnotes and comments, in order', () => {
    const text = 'A `&[T]` and [a link](u) and ![i](p) and [RFC 1] and a note[^1] <!-- [x] -->\n\n[RFC 1]: https://e.x\n\n[^1]: Note.\n\n```toml\n[dependencies]\n```\n\n    let v = w[i];\n';
    expect(at(text)).toEqual(['`&[T]`', '[a link](u)', '![i](p)', '[RFC 1]', '[^1]', '<!-- [x] -->', '[RFC 1]: https://e.x', '```toml\n[dependencies]\n```', '    let v = w[i];']);
    expect(parsedZones(text).map((z) => z.code)).toEqual([true, false, false, false, false, false, false, true, true]);
  });

  it('has none in plain prose with brackets', () => {
    expect(parsedZones('See [Feature Name] and [x] for <user role>.')).toEqual([]);
  });

  it('skips the parse only where the parse would find nothing', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (value) => {
        expect(markdownZones(value)).toEqual(parsedZones(value));
      }),
      { numRuns: 5000 },
    );
  });
});
