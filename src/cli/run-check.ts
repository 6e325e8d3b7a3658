import type { TemplateSchema } from '../core/template/schema';
import { checkFiles } from './check-files';
import type { FileResult } from './check-message';
import { countProblems } from './count-problems';
import { exitCode } from './exit-code';
import { findSpecFiles, type SpecFile } from './find-spec-files';
import { formatGithub } from './format-github';
import { formatJson } from './format-json';
import { formatStylish } from './format-stylish';
import { globPattern } from './glob-pattern';
import type { Project } from './load-project';
import { resolveTemplate } from './load-templates';
import type { CliCommand, Format } from './parse-cli-args';
import type { CliIo } from './cli-io';
import { UsageError } from './usage-error';

type CheckCommand = Extract<CliCommand, { command: 'check' }>;

const FORMATTERS: { [F in Format]: (results: readonly FileResult[]) => string } = { stylish: formatStylish, json: formatJson, github: formatGithub };

/** `specwright check`: finds the files, checks each, prints the report; returns the exit code. */
export async function runCheck(command: CheckCommand, project: Project, io: CliIo): Promise<number> {
  const { config, templates } = project;
  const schemas = templates.map((t) => t.template);
  const chosen = command.template ? (await resolveTemplate(command.template, templates, io.cwd)).template : null;
  const byGlob = await templatesByGlob(config.templates ?? {}, project, io.cwd);
  const files = await findSpecFiles(command.paths.length ? command.paths : (config.files ?? ['.']), io.cwd, config.ignore);
  const chosenFor = (file: SpecFile) => chosen ?? byGlob.find(([pattern]) => pattern.test(file.shown))?.[1] ?? null;
  const results = await checkFiles(files, schemas, chosenFor, { rules: config.rules ?? {}, ears: config.ears ?? false }, { warn: io.stderr });
  io.stdout(FORMATTERS[command.format](results));
  const { warnings } = countProblems(results);
  if (command.maxWarnings !== null && warnings > command.maxWarnings) io.stderr(`specwright: too many warnings: ${warnings} (at most ${command.maxWarnings}).\n`);
  return exitCode(results, command.maxWarnings ?? undefined);
}

/** The config's `templates`, each resolved once; a template it names that is not there is a UsageError naming the key. */
async function templatesByGlob(entries: Record<string, string>, project: Project, cwd: string): Promise<[RegExp, TemplateSchema][]> {
  const out: [RegExp, TemplateSchema][] = [];
  for (const [glob, choice] of Object.entries(entries)) {
    try {
      out.push([globPattern(glob), (await resolveTemplate(choice, project.templates, cwd)).template]);
    } catch (error) {
      throw new UsageError(`The config's "templates.${glob}": ${(error as Error).message}`);
    }
  }
  return out;
}
