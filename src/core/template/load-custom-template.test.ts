import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';
import { MAX_KEPT_VERSIONS, customTemplateRecord, renameCustomTemplate, replaceCustomTemplateSource } from './custom-template-record';
import { loadCustomTemplate } from './load-custom-template';
import { templateFileName } from './template-file-name';

const now = new Date('2026-11-21T09:30:00Z');
const source = '<!-- specwright-template\nname: Engine name\n-->\n\n# ADR: {title}\n\n## Context\n\n{What is the issue?}\n';
const record = customTemplateRecord({ id: 'custom-1', name: '  Our ADR ', description: 'Decisions. ', source, now });

describe('custom template records', () => {
  it('are made with a kind and a version, names trimmed', () => {
    expect(record).toEqual({
      kind: 'specwright/custom-template',
      version: 1,
      id: 'custom-1',
      name: 'Our ADR',
      description: 'Decisions.',
      source,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it('load as a template parsed from the source, named as the user named it', () => {
    const loaded = loadCustomTemplate(JSON.parse(JSON.stringify(record)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.template).toMatchObject({ id: 'custom-1', name: 'Our ADR', description: 'Decisions.', sourceHash: contentHash(source) });
    expect(loaded.template.sections.map((s) => s.title)).toEqual(['Context']);
    expect(loaded.problems).toEqual([]);
  });

  it('that are damaged, foreign or from a newer app do not load, with a reason', () => {
    expect(loadCustomTemplate(null)).toMatchObject({ ok: false, reason: 'The stored template is not a JSON object.' });
    expect(loadCustomTemplate({ ...record, kind: 'specwright/draft' })).toMatchObject({ ok: false, reason: 'This is not a Specwright template.' });
    expect(loadCustomTemplate({ ...record, version: 2 })).toMatchObject({ ok: false, reason: expect.stringContaining('newer version of Specwright') });
    expect(loadCustomTemplate({ ...record, source: 42 })).toMatchObject({ ok: false, reason: expect.stringContaining('source') });
  });

  it('rename without changing the source, so drafts see no new version', () => {
    const later = new Date('2026-12-01T00:00:00Z');
    const renamed = renameCustomTemplate(record, { name: 'Team ADR' }, later);
    expect(renamed).toMatchObject({ name: 'Team ADR', description: 'Decisions.', source, updatedAt: later.toISOString() });
    expect(renameCustomTemplate(record, { name: '   ' }, later)).toBe(record);
  });

  it('keep the sources they replace, a bounded number of them', () => {
    let current = record;
    for (let k = 1; k <= MAX_KEPT_VERSIONS + 2; k++) current = replaceCustomTemplateSource(current, `${source}\n## Part ${k}\n`, new Date(now.getTime() + k * 1000));
    expect(current.versions).toHaveLength(MAX_KEPT_VERSIONS);
    expect(current.versions?.at(-1)?.source).toBe(`${source}\n## Part ${MAX_KEPT_VERSIONS + 1}\n`);
    expect(current.versions?.at(-1)?.sourceHash).toBe(contentHash(`${source}\n## Part ${MAX_KEPT_VERSIONS + 1}\n`));
    expect(replaceCustomTemplateSource(current, current.source, now)).toBe(current);
  });

  it('download under a file name made from their name', () => {
    expect(templateFileName('Team RFC (v2)')).toBe('team-rfc-v2-template.md');
    expect(templateFileName('ADR template')).toBe('adr-template.md');
    expect(templateFileName('???')).toBe('template.md');
  });
});
