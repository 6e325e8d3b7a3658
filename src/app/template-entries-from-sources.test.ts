import { describe, expect, it, vi } from 'vitest';
import type * as ParseTemplateModule from '../core/template/parse-template';
import { templateEntriesFromSources } from './template-entries-from-sources';

// The real parser, except that a source containing CRASH makes it throw.
vi.mock('../core/template/parse-template', async (importOriginal) => {
  const real = await importOriginal<typeof ParseTemplateModule>();
  return {
    ...real,
    parseTemplate: (source: string, options: { id: string; fallbackName?: string }) => {
      if (source.includes('CRASH')) throw new Error('boom');
      return real.parseTemplate(source, options);
    },
  };
});

const template = (name: string, body = '## Summary *(mandatory)*\n\nText.\n') =>
  `<!-- specwright-template\nname: ${name}\ndescription: About ${name}.\n-->\n\n# Spec: [NAME]\n\n${body}`;

describe('templateEntriesFromSources', () => {
  it('makes one entry per file, id from the file name, sorted by the template’s own name', () => {
    const entries = templateEntriesFromSources({
      '../../templates/zeta.md': template('alpha spec'),
      '../../templates/alpha.md': template('Beta spec'),
      '../../templates/middle.md': template('Gamma spec'),
    });
    expect(entries.map((e) => [e.id, e.name])).toEqual([
      ['zeta', 'alpha spec'],
      ['alpha', 'Beta spec'],
      ['middle', 'Gamma spec'],
    ]);
    expect(entries[0]?.template?.description).toBe('About alpha spec.');
    expect(entries.every((e) => e.problems.length === 0)).toBe(true);
  });

  it('keeps a template with errors as an entry that carries them', () => {
    const [entry] = templateEntriesFromSources({
      '../../templates/broken.md': template('Broken spec', '## Summary\n\n<!-- never closed\n'),
    });
    expect(entry?.name).toBe('Broken spec');
    expect(entry?.problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('turns a parser crash into an error entry named after the file', () => {
    const entries = templateEntriesFromSources({
      '../../templates/team-rfc_v2.md': 'CRASH',
      '../../templates/ok.md': template('Fine spec'),
    });
    const crashed = entries.find((e) => e.id === 'team-rfc_v2');
    expect(crashed).toMatchObject({ name: 'Team rfc v2', template: null });
    expect(crashed?.problems[0]).toMatchObject({ severity: 'error', code: 'parse-crashed' });
    expect(crashed?.problems[0]?.message).toContain('boom');
    expect(entries.find((e) => e.id === 'ok')?.template).not.toBeNull();
  });
});
