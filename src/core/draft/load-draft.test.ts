import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION } from './draft-schema';
import { draftMigrations } from './draft-migrations';
import { loadDraft } from './load-draft';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

describe('draft migrations', () => {
  it('have one step for every older version, numbered in order', () => {
    expect(draftMigrations.map((m) => m.from)).toEqual(Array.from({ length: DRAFT_VERSION - 1 }, (_, k) => k + 1));
    expect(new Set(draftMigrations.map((m) => m.name)).size).toBe(draftMigrations.length);
  });

  it('1 -> 2 (title-to-nullable-name): a named v1 draft keeps its name and everything else', () => {
    const v1 = fixture('draft-v1.json');
    const result = loadDraft(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.draft).toMatchObject({ version: DRAFT_VERSION, name: 'Node rebuild automation', titleText: 'Rebuild nodes from blank media', revision: 3 });
    expect(result.draft).not.toHaveProperty('title');
    expect(result.draft.metadata['feature-branch']).toBe('012-node-rebuild');
    const fr = result.draft.sections[1]?.children[0]?.blocks[0];
    expect(fr?.kind === 'idList' && fr.items[0]?.text).toBe('Automation MUST submit all cluster changes through GitOps with diff evidence attached.');
  });

  it("1 -> 2: v1's empty title becomes null (follow the title line)", () => {
    const result = loadDraft(fixture('draft-v1-untitled.json'));
    expect(result.ok && result.draft.name).toBeNull();
  });

  it('a current draft loads unchanged, with no migration', () => {
    const first = loadDraft(fixture('draft-v1.json'));
    if (!first.ok) throw new Error(first.reason);
    const again = loadDraft(JSON.parse(JSON.stringify(first.draft)));
    expect(again).toEqual({ ok: true, draft: first.draft, migratedFrom: null });
  });
});

describe('loadDraft refuses damaged input with a reason, never throwing', () => {
  it.each([
    ['null', null, 'not a JSON object'],
    ['an array', [], 'not a JSON object'],
    ['another kind', { kind: 'excalidraw', version: 1 }, 'not a Specwright draft'],
    ['no version', { kind: 'specwright/draft' }, 'no valid version'],
    ['a future version', { kind: 'specwright/draft', version: 99 }, 'newer version of Specwright'],
  ])('%s', (_name, raw, reason) => {
    const result = loadDraft(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('names the damaged field', () => {
    const broken = { ...fixture('draft-v1.json'), revision: 'three' };
    const result = loadDraft(broken);
    expect(!result.ok && result.reason).toMatch(/damaged \(revision: /);
  });
});

describe('loadDraft: records of text values', () => {
  it('keep every own key, `__proto__` too, and refuse what is not text with where it is', () => {
    const v2 = loadDraft(fixture('draft-v1.json'));
    if (!v2.ok) throw new Error(v2.reason);
    const stored = JSON.parse(JSON.stringify(v2.draft).replace('"metadata":{', '"metadata":{"__proto__":"kept","constructor":"too",')) as Record<string, unknown>;
    const loaded = loadDraft(stored);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(Object.keys(loaded.draft.metadata).slice(0, 2)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(loaded.draft.metadata)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(loaded.draft.metadata, '__proto__')?.value).toBe('kept');

    expect(loadDraft({ ...stored, metadata: ['a'] })).toEqual({ ok: false, reason: 'The draft is damaged (metadata: expected an object of text values).' });
    expect(loadDraft({ ...stored, frontmatter: { owner: 7 } })).toEqual({ ok: false, reason: 'The draft is damaged (frontmatter.owner: Invalid input: expected string, received number).' });
  });
});
