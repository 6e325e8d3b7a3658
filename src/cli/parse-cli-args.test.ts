import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-cli-args';
import { UsageError } from './usage-error';

const usageError = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('parseCliArgs', () => {
  it('reads check with its paths and defaults', () => {
    expect(parseCliArgs(['check', 'specs', 'docs/**/*.md'])).toEqual({
      command: 'check',
      paths: ['specs', 'docs/**/*.md'],
      template: null,
      format: 'stylish',
      maxWarnings: null,
      listTemplates: false,
      templatesDir: null,
      config: null,
    });
  });

  it('reads every option of check, before or after the paths', () => {
    const command = parseCliArgs(['check', '--format', 'github', 'a.md', '--template=speckit', '--templates', 'tpl', '--config', 'c.json', '--max-warnings', '0', 'b.md']);
    expect(command).toMatchObject({ command: 'check', paths: ['a.md', 'b.md'], format: 'github', template: 'speckit', templatesDir: 'tpl', config: 'c.json', maxWarnings: 0 });
    expect(parseCliArgs(['check', '--list-templates'])).toMatchObject({ listTemplates: true, paths: [] });
  });

  it('reads the templates commands', () => {
    expect(parseCliArgs(['templates', 'show', 'speckit'])).toMatchObject({ command: 'templates', action: 'show', name: 'speckit' });
    expect(parseCliArgs(['templates', 'schema', 'x.md', '--templates', 'd'])).toMatchObject({ action: 'schema', name: 'x.md', templatesDir: 'd' });
    expect(parseCliArgs(['templates'])).toMatchObject({ action: 'list', name: null });
  });

  it('takes help and version anywhere', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['check', '-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['-v'])).toEqual({ command: 'version' });
  });

  it('says what is wrong with a bad command line', () => {
    expect(usageError([])).toMatch(/No command given/);
    expect(usageError(['lint'])).toMatch(/Unknown command "lint"/);
    expect(usageError(['check', '--fromat', 'json'])).toMatch(/--fromat/);
    expect(usageError(['check', '--format', 'xml'])).toMatch(/--format xml: the formats are stylish, json, github/);
    expect(usageError(['check', '--max-warnings=-1'])).toMatch(/--max-warnings -1/);
    expect(usageError(['check', '--max-warnings', 'many'])).toMatch(/whole number/);
    expect(usageError(['check', '--template'])).toMatch(/--template/);
    expect(usageError(['templates', 'show'])).toMatch(/needs a template/);
    expect(usageError(['templates', 'drop', 'x'])).toMatch(/Unknown templates command "drop"/);
    expect(usageError(['templates', 'show', 'a', 'b'])).toMatch(/Too many arguments/);
  });
});
