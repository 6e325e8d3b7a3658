import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInTemplate, filledDrafts } from './__fixtures__/filled-drafts';
import { toBase64url } from './base64url';
import { decodeShareLink, decodeShareLinkInSlices, type DecodeShareResult } from './decode-share-link';
import { encodeShareLink } from './encode-share-link';
import { shareEnvelope } from './share-envelope';
import type { ShareErrorCode } from './share-error';
import { DRAFT_VERSION } from '../draft/draft-schema';
import { MAX_DRAFT_CHARS, MAX_PROSE_FIELD_CHARS, MAX_SECTIONS } from '../draft/content-caps';
import { MAX_LINK_CHARS, MAX_UNPACKED_BYTES, SHARE_PREFIX } from './share-format';

const options = { builtInTemplate, id: 'received', now: new Date('2026-12-01T08:00:00Z') };
const decode = (fragment: string) => decodeShareLink(fragment, options);

/** A link holding exactly this text, packed the way encodeShareLink packs. */
const pack = (text: string) => SHARE_PREFIX + toBase64url(deflateSync(strToU8(text), { level: 9 }));
const packJson = (value: unknown) => pack(JSON.stringify(value));

const draft = filledDrafts[1]!.build();
const envelope = () => JSON.parse(JSON.stringify(shareEnvelope(draft, builtInTemplate))) as Record<string, unknown> & { draft: Record<string, unknown> };
const link = encodeShareLink(draft, { builtInTemplate });

function codeOf(result: DecodeShareResult): ShareErrorCode | 'ok' {
  return result.ok ? 'ok' : result.error.code;
}

describe('decodeShareLink: fragments that are not ours', () => {
  it.each(['', '#', '#intro', 'section-2', '/drafts/abc', 's1', 'S1.abc', 's0.abc', 'x1.abc', 's01.abc'])('%j -> not-ours', (fragment) => {
    expect(codeOf(decode(fragment))).toBe('not-ours');
  });

  it('takes the fragment with or without its #', () => {
    expect(codeOf(decode(`#${link}`))).toBe('ok');
    expect(codeOf(decode(link))).toBe('ok');
  });

  it('a later link format -> future-version, not "not ours"', () => {
    expect(decode('s2.AAAA')).toEqual({ ok: false, error: { code: 'future-version', message: expect.stringContaining('newer version of Specwright') } });
  });

  it('JSON that is not a share envelope -> not-ours', () => {
    for (const value of [null, 42, 'text', [1, 2], {}, { kind: 'excalidraw', version: 1 }, { ...draft }]) {
      expect(codeOf(decode(packJson(value)))).toBe('not-ours');
    }
  });
});

describe('decodeShareLink: damaged links', () => {
  it('too long -> too-long, before any work', () => {
    const started = performance.now();
    expect(decode(SHARE_PREFIX + 'A'.repeat(MAX_LINK_CHARS + 1))).toEqual({
      ok: false,
      error: { code: 'too-long', message: 'This link is too long to be a Specwright draft, so it was not opened.' },
    });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('characters base64url never has -> bad-encoding', () => {
    for (const body of ['abc$', 'ab cd', 'ab+/', 'abé=', 'A']) expect(codeOf(decode(SHARE_PREFIX + body))).toBe('bad-encoding');
  });

  it('cut off anywhere -> bad-compression or bad-encoding, with a message saying so', () => {
    // Every cut near the end, where a link copied short is most likely cut, and every 25th elsewhere.
    for (let cut = SHARE_PREFIX.length; cut < link.length; cut += cut < link.length - 300 ? 25 : 1) {
      const result = decode(link.slice(0, cut));
      expect(['bad-compression', 'bad-encoding']).toContain(codeOf(result));
    }
    expect(decode(link.slice(0, -40))).toEqual({
      ok: false,
      error: { code: 'bad-compression', message: 'This link was cut off or changed: its data could not be unpacked. Ask for the link again, and copy all of it.' },
    });
  });

  it('valid base64url that is not deflate -> bad-compression', () => {
    expect(codeOf(decode(SHARE_PREFIX + toBase64url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))))).toBe('bad-compression');
    expect(codeOf(decode(`${SHARE_PREFIX}SGVsbG8gd29ybGQ`))).toBe('bad-compression'); // "Hello world"
  });

  it('unpacks to something that is not JSON -> bad-json', () => {
    expect(codeOf(decode(pack('{"kind": "specwright/share", "version": 1,')))).toBe('bad-json');
    expect(codeOf(decode(pack('not json at all')))).toBe('bad-json');
  });

  it('a deflate bomb (40 MB of zeros in a 55 KB link) -> too-large, stopped at the cap', () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = SHARE_PREFIX + toBase64url(deflateSync(zeros, { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(zeros.length).toBeGreaterThan(MAX_UNPACKED_BYTES * 8);
    const started = performance.now();
    expect(decode(bomb)).toEqual({ ok: false, error: { code: 'too-large', message: 'This link unpacks to far more data than any draft, so it was not opened.' } });
    // Inflating the whole 40 MB takes several times as long; see inflate-capped.test.ts for a 1 GB bomb.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('JSON nested far deeper than a draft -> invalid, without overflowing the stack', () => {
    const deep = `{"kind":"specwright/share","version":1,"draft":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(decode(pack(deep))).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringContaining('nested far deeper') } });
  });
});

type RawSection = { title: string; blocks: { kind: string; markdown?: string }[]; children: RawSection[] };

/** The envelope's sections, every one, subsections included. */
function allSections(sections: RawSection[]): RawSection[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/** An envelope whose prose fields (as many as it takes, `perField` characters each) hold `text` repeated. */
function heavyEnvelope(perField: number, fields: number, text = 'The system MUST keep every run for audit purposes and show it to operators on request. ') {
  const e = envelope();
  const prose = allSections(e.draft.sections as RawSection[]).flatMap((section) => section.blocks.filter((block) => block.kind === 'prose'));
  expect(prose.length).toBeGreaterThan(0);
  // More fields than the draft has: copies of a section with one (refused before any check that ids are unique).
  const sections = e.draft.sections as RawSection[];
  const withProse = allSections(sections).find((section) => section.blocks.some((block) => block.kind === 'prose'))!;
  while (prose.length < fields) {
    const copy = JSON.parse(JSON.stringify({ ...withProse, children: [] })) as RawSection;
    sections.push(copy);
    prose.push(...copy.blocks.filter((block) => block.kind === 'prose'));
  }
  for (let k = 0; k < fields; k++) prose[k]!.markdown = text.repeat(Math.ceil(perField / text.length)).slice(0, perField - k);
  return e;
}

describe('decodeShareLink: content heavier than any real draft', () => {
  it('a ~21 KB link that unpacks to 3.9 MB of prose -> refused quickly, saying what is too big', () => {
    const e = envelope();
    const prose = allSections(e.draft.sections as RawSection[]).flatMap((section) => section.blocks.filter((block) => block.kind === 'prose'));
    const sentence = 'The system MUST keep every run for audit purposes and show it to operators on request. ';
    // Spread over many prose fields, each under the per-field cap: only the draft's total is too big.
    const perField = Math.floor(3_900_000 / prose.length);
    expect(perField).toBeLessThan(MAX_PROSE_FIELD_CHARS * 10);
    for (const block of prose) block.markdown = sentence.repeat(Math.ceil(perField / sentence.length)).slice(0, perField);
    const heavy = packJson(e);
    expect(heavy.length).toBeLessThan(30_000);
    expect(JSON.stringify(e).length).toBeGreaterThan(3_800_000);
    const started = performance.now();
    const result = decode(heavy);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
    expect(!result.ok && ['too-large', 'too-big']).toContain(!result.ok && result.error.code);
    expect(!result.ok && result.error.message).toMatch(/too big|far more data/);
  });

  it('one prose field over its cap -> too-big, naming the field’s section', () => {
    expect(codeOf(decode(packJson(heavyEnvelope(MAX_PROSE_FIELD_CHARS, 1))))).toBe('ok');
    const result = decode(packJson(heavyEnvelope(MAX_PROSE_FIELD_CHARS + 1, 1)));
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-big', message: expect.stringMatching(/^This draft is too big to open quickly, so it was not opened\. A prose field in “.+” holds 200,001 characters; a prose field may hold at most 200,000\.$/) },
    });
  });

  it('a draft over its cap, each field under its own -> too-big, saying how big', () => {
    const result = decode(packJson(heavyEnvelope(MAX_PROSE_FIELD_CHARS - 1000, Math.ceil(MAX_DRAFT_CHARS / MAX_PROSE_FIELD_CHARS) + 1)));
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-big', message: expect.stringMatching(/^This draft is too big to open quickly, so it was not opened\. The draft holds 1,\d{3},\d{3} characters of text; a draft may hold at most 1,000,000\.$/) },
    });
  });

  it('more sections than the cap -> too-big, saying how many', () => {
    const e = envelope();
    const sections = e.draft.sections as RawSection[];
    const first = sections[0]!;
    while (allSections(sections).length <= MAX_SECTIONS) sections.push({ ...first, children: [] });
    const result = decode(packJson(e));
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-big', message: `This draft is too big to open quickly, so it was not opened. The draft has ${allSections(sections).length} sections; a draft may have at most 500.` },
    });
  });
});

describe('decodeShareLinkInSlices', () => {
  it('gives what decodeShareLink gives, pausing between slices of a heavy link', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    expect(await decodeShareLinkInSlices(link, options, { pause })).toEqual(decode(link));
    const heavy = packJson(heavyEnvelope(MAX_PROSE_FIELD_CHARS - 1000, 8));
    // A clock that moves 1 ms per reading: a slice of 4 ms is a few steps.
    let clock = 0;
    const result = await decodeShareLinkInSlices(heavy, options, { pause, sliceMs: 4, now: () => clock++ });
    expect(codeOf(result)).toBe(codeOf(decode(heavy)));
    expect(codeOf(result)).toMatch(/^too-(large|big)$/);
    expect(pauses).toBeGreaterThan(20);
  });
});

describe('decodeShareLink: versions', () => {
  it('a link made by a newer Specwright -> future-version, saying so', () => {
    expect(decode(packJson({ kind: 'specwright/share', version: 99, payload: 'whatever it holds' }))).toEqual({
      ok: false,
      error: { code: 'future-version', message: 'This link was made by a newer version of Specwright. Reload the page to update the app, then open the link again.' },
    });
  });

  it('a draft format newer than this app reads -> future-version', () => {
    const e = envelope();
    e.draft.version = 99;
    expect(codeOf(decode(packJson(e)))).toBe('future-version');
  });

  it('no usable version -> wrong-version', () => {
    for (const version of [0, -1, 1.5, '1', null, undefined]) {
      expect(codeOf(decode(packJson({ ...envelope(), version })))).toBe('wrong-version');
    }
  });

  it('a link of an older draft format opens through the draft migrations', () => {
    const e = envelope();
    e.draft.version = 1;
    e.draft.title = 'Node rebuild automation';
    delete e.draft.name;
    const result = decode(packJson(e));
    expect(result.ok && result.draft).toMatchObject({ version: DRAFT_VERSION, name: 'Node rebuild automation', titleText: draft.titleText });
    expect(result.ok && result.draft).not.toHaveProperty('title');
  });
});

describe('decodeShareLink: envelopes that do not hold up', () => {
  it('a damaged draft -> invalid, saying where', () => {
    const e = envelope();
    e.draft.sections = 'none';
    expect(decode(packJson(e))).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^The draft in this link could not be opened\. .*sections/) } });
  });

  it('a damaged carried template -> invalid', () => {
    const e = JSON.parse(JSON.stringify(shareEnvelope(draft, () => undefined))) as Record<string, Record<string, unknown>>;
    e.template!.sections = [{ id: 'x' }];
    expect(codeOf(decode(packJson(e)))).toBe('invalid');
  });

  it('both a template and a reference, or neither -> invalid', () => {
    const withTemplate = JSON.parse(JSON.stringify(shareEnvelope(draft, () => undefined))) as Record<string, unknown>;
    expect(codeOf(decode(packJson({ ...withTemplate, templateRef: envelope().templateRef })))).toBe('invalid');
    const neither = envelope();
    delete neither.templateRef;
    expect(codeOf(decode(packJson(neither)))).toBe('invalid');
  });

  it('what the recipient owns cannot come from the link: id, times, revision, template', () => {
    const e = envelope();
    Object.assign(e.draft, { kind: 'evil', id: 'sender-id', createdAt: '1999-01-01', revision: 77, templateId: 'other', templateHash: 'x', template: { kind: 'nope' } });
    const result = decode(packJson(e));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft).toMatchObject({ kind: 'specwright/draft', id: 'received', createdAt: '2026-12-01T08:00:00.000Z', revision: 0, templateId: draft.templateId, templateHash: draft.templateHash });
    expect(result.draft.template).toEqual(draft.template);
  });

  it('__proto__ keys pollute nothing and are dropped; constructor.prototype does nothing', () => {
    const e = JSON.stringify(envelope());
    const hostile = e
      .replace('{"kind":"specwright/share"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"kind":"specwright/share"')
      .replace('"metadata":{', '"metadata":{"__proto__":{"polluted":true},');
    expect(hostile).toContain('"metadata":{"__proto__"');
    const result = decode(pack(hostile));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.getPrototypeOf(result.draft.metadata)).toBe(Object.prototype);
    expect(Object.keys(result.draft.metadata)).not.toContain('__proto__');
    expect(result.draft.metadata).toEqual(draft.metadata);
  });
});

describe('decodeShareLink never throws', () => {
  const codes: (ShareErrorCode | 'ok')[] = ['not-ours', 'too-long', 'bad-encoding', 'bad-compression', 'too-large', 'too-big', 'bad-json', 'wrong-version', 'future-version', 'invalid', 'unknown-template'];

  it('on any text after the prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        expect(codes).toContain(codeOf(decode(SHARE_PREFIX + body)));
      }),
    );
  });

  it('on any JSON packed into a link', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(codes).toContain(codeOf(decode(packJson(value))));
        expect(codes).toContain(codeOf(decode(packJson({ kind: 'specwright/share', version: 1, draft: value, templateRef: value }))));
      }),
    );
  });

  it('on a real link with one character changed', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.nat({ max: link.length - SHARE_PREFIX.length - 1 }), fc.constantFrom(...alphabet), (at, char) => {
        const k = SHARE_PREFIX.length + at;
        const result = decode(link.slice(0, k) + char + link.slice(k + 1));
        expect([...codes, 'ok']).toContain(codeOf(result));
      }),
      { numRuns: 300 },
    );
  });

  it('when the template lookup itself throws', () => {
    const result = decodeShareLink(link, { ...options, builtInTemplate: () => { throw new Error('lookup broke'); } });
    expect(codeOf(result)).toBe('invalid');
  });

  it('and every error reads as a sentence for a person', () => {
    const samples = ['#intro', SHARE_PREFIX + 'A'.repeat(MAX_LINK_CHARS + 1), `${SHARE_PREFIX}a$`, link.slice(0, -9), pack('x'), packJson({ kind: 'specwright/share', version: 9 })];
    for (const fragment of samples) {
      const result = decode(fragment);
      if (result.ok) throw new Error('expected an error');
      expect(result.error.message).toMatch(/^[A-Z].*\.$/);
      expect(result.error.message).not.toMatch(/undefined|null|\[object/);
    }
  });
});
