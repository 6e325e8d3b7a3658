import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { CliIo } from './cli-io';
import { loadProject } from './load-project';
import { resolveTemplate, type TemplateSource } from './load-templates';
import { PACKAGE_ROOT } from './package-root';
import { parseCliArgs, type CliCommand } from './parse-cli-args';
import { runCheck } from './run-check';
import { templateJsonSchema } from './template-json-schema';
import { templateOutline } from './template-outline';
import { USAGE } from './usage-text';
import { UsageError } from './usage-error';

/**
 * The whole command line: `argv` without `node` and the script -> output on
 * `io` and the exit code. A usage error (bad arguments, config or template)
 * is one message and exit code 2; so is anything unexpected, with its stack.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(parseCliArgs(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`specwright: ${error.message}\n`);
      return 2;
    }
    io.stderr(`specwright: an unexpected error; please report it.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function run(command: CliCommand, io: CliIo): Promise<number> {
  if (command.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command.command === 'version') {
    const pkg = JSON.parse(await readFile(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version?: unknown };
    io.stdout(`${String(pkg.version)}\n`);
    return 0;
  }
  const project = await loadProject(command, io.cwd);
  if (command.command === 'check' && !command.listTemplates) return runCheck(command, project, io);
  if (command.command === 'check' || command.action === 'list') {
    io.stdout(listTemplates(project.templates, io.cwd));
    return 0;
  }
  const source = await resolveTemplate(command.name ?? '', project.templates, io.cwd);
  const text = command.action === 'show' ? templateOutline(source.template, source.problems).join('\n') : JSON.stringify(templateJsonSchema(source.template), null, 2);
  io.stdout(`${text}\n`);
  return 0;
}

/** One line per template: id, name, where it comes from. */
function listTemplates(templates: readonly TemplateSource[], cwd: string): string {
  const idWidth = Math.max(...templates.map((t) => t.template.id.length));
  const nameWidth = Math.max(...templates.map((t) => t.template.name.length));
  const lines = templates.map((t) => {
    const from = t.origin === 'built-in' ? 'built-in' : `team: ${relative(cwd, t.path)}`;
    return `${t.template.id.padEnd(idWidth)}  ${t.template.name.padEnd(nameWidth)}  ${from}`;
  });
  return `${lines.join('\n')}\n`;
}
