import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION } from '../draft/draft-schema';
import { draftMigrations } from '../draft/draft-migrations';
import { loadDraft } from '../draft/load-draft';
import type { Draft } from '../draft/draft-schema';
import { decodeShareLink } from '../share/decode-share-link';
import { encodeShareLink } from '../share/encode-share-link';
import { shareMigrations, SHARE_VERSION } from '../share/share-envelope';
import { builtInTemplate } from '../share/__fixtures__/filled-drafts';
import { CUSTOM_TEMPLATE_VERSION } from '../template/custom-template-record';
import { customTemplateMigrations } from '../template/load-custom-template';
import { TEMPLATE_SCHEMA_VERSION } from '../template/schema';
import { templateMigrations } from '../template/template-migrations';
import type { Migration } from './payload-format';
import { unpackSnapshot } from '../history/pack-snapshot';
import { VersionMeta } from '../history/version-record';
import { fromBase64url } from '../share/base64url';

// Payloads as earlier versions of the app stored or shared them, frozen as files:
// whatever changes in the schemas, these must still open (add a migration, never edit a fixture).
const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('frozen payloads of earlier versions', () => {
  it('a version 1 history version (deflated content, template apart) opens as the draft it kept', () => {
    const { snapshotBase64url, templateBase64url, ...meta } = fixture('../history/__fixtures__/version-v1.json') as Record<string, unknown> & { snapshotBase64url: string; templateBase64url: string };
    expect(VersionMeta.safeParse(meta).success).toBe(true);
    const result = unpackSnapshot(fromBase64url(snapshotBase64url)!, fromBase64url(templateBase64url)!);
    expect(result).toMatchObject({ ok: true, draft: { id: 'frozen-v2-draft', templateId: 'data-platform-feature-spec' } });
  });

  it('a version 1 draft (template snapshot schema version 1) opens through its migrations', () => {
    const result = loadDraft(fixture('../draft/__fixtures__/draft-v1.json'));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, draft: { version: DRAFT_VERSION, name: 'Node rebuild automation' } });
  });

  it('a version 2 draft holding a version 1 template snapshot opens with nothing lost', () => {
    const raw = fixture('../draft/__fixtures__/draft-v2.json') as { template: { schemaVersion: number } };
    expect(raw.template.schemaVersion).toBe(1);
    const result = loadDraft(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.template.schemaVersion).toBe(TEMPLATE_SCHEMA_VERSION);
    // v2 -> v3 only adds an empty origin (the draft was not imported with one); everything else is as stored.
    if (TEMPLATE_SCHEMA_VERSION === 1) expect(result.draft).toEqual({ ...raw, version: DRAFT_VERSION, origin: null });
    expect(result.draft).toMatchObject({ id: 'frozen-v2-draft', revision: 7, templateId: 'data-platform-feature-spec' });
  });

  it('share links made by version 1 of the link format open: one carrying its template, one naming a built-in one', () => {
    const links = fixture('../share/__fixtures__/share-links-v1.json') as { carried: string; byReference: string };
    const options = { builtInTemplate, id: 'opened', now: new Date('2026-12-02T08:00:00Z') };
    const carried = decodeShareLink(links.carried, options);
    expect(carried).toMatchObject({ ok: true, draft: { id: 'opened', revision: 0, template: { schemaVersion: TEMPLATE_SCHEMA_VERSION } } });
    const byReference = decodeShareLink(links.byReference, options);
    expect(byReference).toMatchObject({ ok: true, draft: { id: 'opened', templateId: 'data-platform-feature-spec' } });
  });
});

describe('payloads of a later version', () => {
  it('a draft or link whose template snapshot is of a newer schema version is refused as newer, not as damaged', () => {
    const raw = fixture('../draft/__fixtures__/draft-v2.json') as Record<string, Record<string, unknown>>;
    const future = { ...raw, template: { ...raw.template, schemaVersion: TEMPLATE_SCHEMA_VERSION + 1 } };
    expect(loadDraft(future)).toEqual({ ok: false, reason: expect.stringContaining('newer version of Specwright (template format') });
    const link = encodeShareLink(future as unknown as Draft, { builtInTemplate: () => undefined });
    expect(decodeShareLink(link, { builtInTemplate, id: 'x', now: new Date() })).toMatchObject({ ok: false, error: { code: 'future-version' } });
  });
});

describe('migrations', () => {
  const sets: [string, readonly Migration[], number][] = [
    ['drafts', draftMigrations, DRAFT_VERSION],
    ['template snapshots', templateMigrations, TEMPLATE_SCHEMA_VERSION],
    ['custom template records', customTemplateMigrations, CUSTOM_TEMPLATE_VERSION],
    ['share envelopes', shareMigrations, SHARE_VERSION],
  ];
  it.each(sets)('of %s are one named step per version, from 1 up to the current one', (_name, steps, current) => {
    expect(steps.map((m) => m.from)).toEqual(Array.from({ length: current - 1 }, (_, k) => k + 1));
    expect(new Set(steps.map((m) => m.name)).size).toBe(steps.length);
  });
});
