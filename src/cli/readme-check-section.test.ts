import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config';
import { parseCliArgs } from './parse-cli-args';

// The README's "Checking specs in CI" section shows a config, commands and a
// workflow: the config must load, the commands must parse, and the workflow
// may pass only inputs that action.yml has.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const section = read('README.md').split('\n## Checking specs in CI\n')[1]?.split('\n## ')[0] ?? '';
const fences = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('the README’s section on checking specs in CI', () => {
  it('is there', () => {
    expect(section.length).toBeGreaterThan(500);
  });

  it('shows a config that loads', () => {
    const [json] = fences('json');
    expect(parseConfig(json!, 'README.md')).toMatchObject({ rules: { 'id-sequence': 'off' } });
  });

  it('shows commands that parse', () => {
    const commands = fences('sh')[0]!.split('\n').filter((line) => line.startsWith('npx specwright '));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const line of commands) {
      const args = line.replace(/#.*$/, '').trim().split(/\s+/).slice(2).map((a) => a.replace(/^'|'$/g, ''));
      expect(() => parseCliArgs(args), line).not.toThrow();
    }
  });

  it('passes the action only inputs action.yml has', () => {
    const inputs = new Set([...read('action.yml').split('\ninputs:\n')[1]!.split('\nruns:')[0]!.matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]!));
    expect(inputs).toEqual(new Set(['paths', 'spec-files', 'max-warnings', 'args', 'working-directory']));
    const workflow = fences('yaml')[0]!;
    const used = [...workflow.split('specwright@')[1]!.matchAll(/^\s+#?\s*([\w-]+):/gm)].map((m) => m[1]!).filter((key) => key !== 'with');
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const key of used) expect(inputs, key).toContain(key);
  });
});
