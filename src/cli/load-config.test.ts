import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './load-config';
import { UsageError } from './usage-error';

const bad = (text: string) => {
  try {
    parseConfig(text, '.specwright/config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${text}`);
};

describe('parseConfig', () => {
  it('reads a full config', () => {
    const config = { files: ['specs/**/*.md'], ignore: ['specs/archive/**'], templatesDir: 'tpl', templates: { 'specs/rfc/**': 'rfc', 'specs/**': 'templates/x.md' }, ears: ['rfc'], rules: { 'id-sequence': 'off', 'vague-criterion': 'error' } };
    expect(parseConfig(JSON.stringify(config), 'c.json')).toEqual(config);
    expect(parseConfig('{}', 'c.json')).toEqual({});
  });

  it('names the key of a misspelt rule, and lists the rules', () => {
    const message = bad('{ "rules": { "id-sequense": "off" } }');
    expect(message).toContain('.specwright/config.json');
    expect(message).toContain('"rules.id-sequense": unknown rule "id-sequense"');
    expect(message).toContain('id-sequence');
  });

  it('names the key of a bad rule setting', () => {
    expect(bad('{ "rules": { "id-sequence": "warn" } }')).toMatch(/"rules\.id-sequence": .*"off"\|"warning"\|"error"/);
  });

  it('names an unknown top-level key', () => {
    expect(bad('{ "rule": {} }')).toMatch(/"rule": unknown key; the keys are files, ignore, templatesDir, templates, ears, rules/);
  });

  it('names the key of a value of the wrong type', () => {
    expect(bad('{ "templates": { "specs/**": 3 } }')).toMatch(/"templates\.specs\/\*\*": .*expected string/);
    expect(bad('{ "files": "specs" }')).toMatch(/"files": .*expected array/);
    expect(bad('[]')).toMatch(/"\(top level\)": .*expected object/);
  });

  it('takes ears as true or a list of template ids, and nothing else', () => {
    expect(parseConfig('{ "ears": true }', 'c.json')).toEqual({ ears: true });
    expect(bad('{ "ears": "rfc" }')).toMatch(/"ears": /);
  });

  it('says when it is not JSON', () => {
    expect(bad('{ rules: {} }')).toMatch(/is not valid JSON/);
  });
});

describe('loadConfig', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'specwright-config-'));
    await writeFile(join(dir, 'config.json'), '{ "rules": { "not-in-document": "off" } }');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the file', async () => {
    expect(await loadConfig(join(dir, 'config.json'), { required: false })).toEqual({ rules: { 'not-in-document': 'off' } });
  });

  it('takes a missing default config as none, and a missing named one as an error', async () => {
    expect(await loadConfig(join(dir, 'missing.json'), { required: false })).toEqual({});
    await expect(loadConfig(join(dir, 'missing.json'), { required: true })).rejects.toThrow(/Cannot read the config .*missing\.json/);
  });
});
