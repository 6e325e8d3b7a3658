import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft } from './draft/create-draft';
import type { Draft } from './draft/draft-schema';
import { loadDraft } from './draft/load-draft';
import { setMetadataValue } from './draft/section-edits';
import { exportMarkdown } from './markdown/export-markdown';
import { importMarkdown } from './markdown/import-markdown';
import { toBase64url } from './share/base64url';
import { decodeShareLink } from './share/decode-share-link';
import { encodeShareLink } from './share/encode-share-link';
import { shareEnvelope } from './share/share-envelope';
import { SHARE_PREFIX } from './share/share-format';
import { customTemplateRecord } from './template/custom-template-record';
import { loadCustomTemplate } from './template/load-custom-template';
import { parseTemplate } from './template/parse-template';
import { slugify } from './template/slugify';
import { validateDraft } from './validate/validate-draft';

/*
 * Keys that name members of Object.prototype, mixed with ordinary ones, in
 * every keyed input: template frontmatter and metadata labels, the records of
 * a stored draft, a tampered share link, an imported file's frontmatter.
 * Nothing throws, nothing reaches a prototype, and every record comes out
 * with exactly the keys it should have, or the input is refused with a reason.
 */

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const now = new Date('2026-12-01T08:00:00Z');
const noBuiltIns = () => undefined;

const pristinePrototype = Object.getOwnPropertyNames(Object.prototype).sort();
function expectNoPrototypeChange() {
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristinePrototype);
  expect(Object.prototype.toString.call({})).toBe('[object Object]');
}
afterEach(expectNoPrototypeChange);

/** A record's own keys, and that its prototype is a plain object's (or none), never something a key set. */
function ownKeysOf(record: object): string[] {
  const proto: unknown = Object.getPrototypeOf(record);
  expect(proto === Object.prototype || proto === null).toBe(true);
  return Object.keys(record);
}

const ordinaryKey = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
/** Unique keys, prototype-like ones mixed with ordinary ones. */
const keys = fc.uniqueArray(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) }, ordinaryKey), { minLength: 1, maxLength: 6 });
const text = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/);
/** `[key, value]` pairs as JSON would hold them: `__proto__` an own key like any other. */
const entries = keys.chain((ks) => fc.tuple(...ks.map((k) => fc.tuple(fc.constant(k), text))));
const asJsonRecord = (pairs: [string, string][]): Record<string, string> => JSON.parse(JSON.stringify(Object.fromEntries(pairs))) as Record<string, string>;

const baseTemplate = parseTemplate('---\nowner: y\n---\n# Spec: [NAME]\n\n**Status**: Draft\n\n## Summary\n\n- **Latency:** [p95]\n- **Budget:** [cost]\n', { id: 'base' }).template;
const baseDraft = createDraft(baseTemplate, { id: 'draft-1', now });
const fieldsBlockId = baseDraft.sections[0]!.blocks.find((b) => b.kind === 'fields')!.blockId;

/** Everything downstream of a loaded draft runs on it without throwing. */
function useDraft(draft: Draft) {
  const markdown = exportMarkdown(draft);
  expect(markdown).not.toMatch(/\[object |function |native code/);
  validateDraft(draft);
  importMarkdown(markdown, draft.template, { id: 'again', now });
}

describe('prototype-like keys', () => {
  it('template frontmatter: reserved keys are errors on their line, other keys are fields', () => {
    fc.assert(
      fc.property(entries, (pairs) => {
        const source = `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# Spec: [NAME]\n\n## Summary\n\n- First item\n`;
        const { template, problems } = parseTemplate(source, { id: 'fuzz' });
        expect(template.frontmatter?.map((f) => f.key)).toEqual(pairs.map(([k]) => k).filter((k) => !RESERVED.has(k)));
        const refused = problems.filter((p) => p.code === 'frontmatter-reserved-key');
        expect(refused.map((p) => [p.severity, p.line])).toEqual(pairs.flatMap(([k], i) => (RESERVED.has(k) ? [['error', i + 2]] : [])));
        const draft = createDraft(template, { id: 'd', now });
        expect(ownKeysOf(draft.frontmatter)).toEqual(template.frontmatter?.map((f) => f.key));
        useDraft(draft);
      }),
      { numRuns: 300 },
    );
  });

  it('metadata labels: each becomes a key of the draft, and its value comes back from the export', () => {
    const labels = fc.uniqueArray(fc.constantFrom(...PROTO_KEYS, 'Constructor', 'Prototype', 'Owner', 'Status'), { minLength: 1, maxLength: 6, selector: slugify });
    fc.assert(
      fc.property(labels.chain((ls) => fc.tuple(...ls.map((l) => fc.tuple(fc.constant(l), text)))), (pairs) => {
        const source = `# Spec: [NAME]\n\n${pairs.map(([label]) => `**${label}**: [value]`).join('  \n')}\n\n## Summary\n\n- First item\n`;
        const { template } = parseTemplate(source, { id: 'fuzz' });
        const metadataKeys = template.metadata.map((f) => f.key);
        expect(metadataKeys).toEqual(pairs.map(([label]) => slugify(label)));
        let draft = createDraft(template, { id: 'd', now });
        expect(ownKeysOf(draft.metadata)).toEqual(metadataKeys);
        pairs.forEach(([label, value]) => (draft = setMetadataValue(draft, slugify(label), value)));
        useDraft(draft);
        const imported = importMarkdown(exportMarkdown(draft), template, { id: 'imported', now }).draft;
        expect(imported.metadata).toEqual(draft.metadata);
        expect(ownKeysOf(imported.metadata)).toEqual(metadataKeys);
      }),
      { numRuns: 300 },
    );
  });

  it('a stored draft: frontmatter, metadata and field values keep exactly their keys through loadDraft', () => {
    fc.assert(
      fc.property(entries, entries, entries, (front, meta, values) => {
        const stored = JSON.parse(JSON.stringify(baseDraft)) as Draft;
        stored.frontmatter = asJsonRecord(front);
        stored.metadata = asJsonRecord(meta);
        const block = stored.sections[0]!.blocks.find((b) => b.blockId === fieldsBlockId)!;
        if (block.kind === 'fields') block.values = asJsonRecord(values);
        const loaded = loadDraft(JSON.parse(JSON.stringify(stored)));
        if (!loaded.ok) throw new Error(loaded.reason);
        expect(ownKeysOf(loaded.draft.frontmatter)).toEqual(front.map(([k]) => k));
        expect(Object.entries(loaded.draft.frontmatter)).toEqual(front);
        expect(Object.entries(loaded.draft.metadata)).toEqual(meta);
        const loadedBlock = loaded.draft.sections[0]!.blocks.find((b) => b.blockId === fieldsBlockId);
        expect(loadedBlock?.kind === 'fields' && Object.entries(loadedBlock.values)).toEqual(values);
        useDraft(loaded.draft);
      }),
      { numRuns: 300 },
    );
  });

  it('a stored draft: an object under a prototype-like key, or an id Object.prototype has, is refused with a reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTO_KEYS), fc.constantFrom('frontmatter', 'metadata'), (key, place) => {
        const withObject = JSON.parse(JSON.stringify(baseDraft).replace(`"${place}":{`, `"${place}":{"${key}":{"polluted":"yes"},`)) as unknown;
        const refused = loadDraft(withObject);
        expect(refused).toEqual({ ok: false, reason: expect.stringContaining(`${place}.${key}`) });
        // The store keeps drafts by id in a plain object: an id Object.prototype has would reach it.
        const withId = loadDraft({ ...JSON.parse(JSON.stringify(baseDraft)), id: key });
        if (key in Object.prototype) expect(withId).toEqual({ ok: false, reason: `The draft is damaged (id: the id “${key}” is a reserved name).` });
        else expect(withId).toMatchObject({ ok: true, draft: { id: key } });
      }),
    );
  });

  it('a stored custom template: an id Object.prototype has is refused; reserved frontmatter keys make it one with errors', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTO_KEYS), entries, (id, pairs) => {
        const source = `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# Spec: [NAME]\n\n## Summary\n\n- First item\n`;
        const record = JSON.parse(JSON.stringify(customTemplateRecord({ id, name: 'Fuzz', description: '', source, now }))) as unknown;
        const loaded = loadCustomTemplate(record);
        if (id in Object.prototype) {
          expect(loaded).toEqual({ ok: false, reason: `The stored template is damaged (id: the id “${id}” is a reserved name).` });
          return;
        }
        if (!loaded.ok) throw new Error(loaded.reason);
        const reserved = pairs.filter(([k]) => RESERVED.has(k)).length;
        expect(loaded.problems.filter((p) => p.severity === 'error' && p.code === 'frontmatter-reserved-key')).toHaveLength(reserved);
      }),
      { numRuns: 200 },
    );
  });

  it('a share link, tampered: the draft opens with the keys it carried (a `__proto__` key left out), or is refused with a reason', () => {
    const link = encodeShareLink(baseDraft, { builtInTemplate: noBuiltIns });
    fc.assert(
      fc.property(entries, entries, fc.boolean(), (front, meta, objectValue) => {
        const envelope = JSON.parse(JSON.stringify(shareEnvelope(baseDraft, noBuiltIns))) as { draft: Record<string, unknown> };
        envelope.draft.frontmatter = asJsonRecord(front);
        envelope.draft.metadata = objectValue ? JSON.parse(`{"${meta[0]![0]}":{"polluted":"yes"}}`) : asJsonRecord(meta);
        const tampered = SHARE_PREFIX + toBase64url(deflateSync(strToU8(JSON.stringify(envelope))));
        expect(tampered).not.toBe(link);
        const result = decodeShareLink(tampered, { builtInTemplate: noBuiltIns, id: 'received', now });
        const carried = (pairs: [string, string][]) => pairs.filter(([k]) => k !== '__proto__');
        if (objectValue && meta[0]![0] !== '__proto__') {
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('metadata') } });
          return;
        }
        if (!result.ok) throw new Error(result.error.message);
        expect(Object.entries(result.draft.frontmatter)).toEqual(carried(front));
        expect(Object.entries(result.draft.metadata)).toEqual(objectValue ? [] : carried(meta));
        useDraft(result.draft);
      }),
      { numRuns: 300 },
    );
  });

  it('a share link whose template names fields with prototype-like keys, their values missing, opens', () => {
    fc.assert(
      fc.property(keys, (fieldKeys) => {
        const envelope = JSON.parse(JSON.stringify(shareEnvelope(baseDraft, noBuiltIns))) as { draft: Record<string, unknown>; template: { metadata: { key: string }[]; frontmatter: { key: string }[] } };
        const field = envelope.template.metadata[0]!;
        envelope.template.metadata = fieldKeys.map((key) => ({ ...field, key, label: key }));
        envelope.template.frontmatter = fieldKeys.map((key) => ({ ...field, key, label: key }));
        envelope.draft.metadata = {};
        envelope.draft.frontmatter = {};
        const result = decodeShareLink(SHARE_PREFIX + toBase64url(deflateSync(strToU8(JSON.stringify(envelope)))), { builtInTemplate: noBuiltIns, id: 'received', now });
        if (!result.ok) throw new Error(result.error.message);
        expect(Object.keys(result.draft.metadata)).toEqual([]);
        useDraft(result.draft);
      }),
      { numRuns: 200 },
    );
  });

  it('an imported file: every frontmatter key is kept as an own key, and comes back from the export', () => {
    fc.assert(
      fc.property(entries, (pairs) => {
        const markdown = `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n# Spec: Bridge\n\n## Summary\n\n- **Latency:** 20 ms\n`;
        const { draft } = importMarkdown(markdown, baseTemplate, { id: 'imported', now });
        const expected = [['owner', pairs.find(([k]) => k === 'owner')?.[1] ?? ''], ...pairs.filter(([k]) => k !== 'owner')];
        expect(ownKeysOf(draft.frontmatter)).toEqual(expected.map(([k]) => k));
        expect(Object.entries(draft.frontmatter)).toEqual(expected);
        const stored = loadDraft(JSON.parse(JSON.stringify(draft)));
        if (!stored.ok) throw new Error(stored.reason);
        expect(Object.entries(stored.draft.frontmatter)).toEqual(expected);
        const again = importMarkdown(exportMarkdown(stored.draft), baseTemplate, { id: 'again', now }).draft;
        expect(Object.entries(again.frontmatter)).toEqual(expected);
        useDraft(stored.draft);
      }),
      { numRuns: 300 },
    );
  });
});
