import { parseArgs } from 'node:util';
import { UsageError } from './usage-error';

export const FORMATS = ['stylish', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Where templates and the config come from; shared by every command that reads templates. */
export type ProjectOptions = { templatesDir: string | null; config: string | null };

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | ({ command: 'check'; paths: string[]; template: string | null; format: Format; maxWarnings: number | null; listTemplates: boolean } & ProjectOptions)
  | ({ command: 'templates'; action: 'list' | 'show' | 'schema'; name: string | null } & ProjectOptions);

const options = {
  template: { type: 'string' },
  templates: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  'max-warnings': { type: 'string' },
  'list-templates': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The command line (without `node` and the script) -> what to do, or a UsageError saying what is wrong. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  const project: ProjectOptions = { templatesDir: values.templates ?? null, config: values.config ?? null };
  if (command === 'check') {
    return { command, paths: rest, template: values.template ?? null, format: format(values.format), maxWarnings: maxWarnings(values['max-warnings']), listTemplates: values['list-templates'] ?? false, ...project };
  }
  if (command === 'templates') {
    const [action = 'list', name, ...extra] = rest;
    if (action !== 'list' && action !== 'show' && action !== 'schema') throw new UsageError(`Unknown templates command "${action}": use list, show NAME or schema NAME.`);
    if (action !== 'list' && !name) throw new UsageError(`\`specwright templates ${action}\` needs a template: its id, name or .md file.`);
    if (extra.length > 0 || (action === 'list' && name)) throw new UsageError(`Too many arguments to \`specwright templates ${action}\`.`);
    return { command, action, name: name ?? null, ...project };
  }
  if (command === undefined) throw new UsageError('No command given: use `specwright check [paths...]`, or --help.');
  throw new UsageError(`Unknown command "${command}": the commands are check and templates.`);
}

function format(value: string | undefined): Format {
  if (value === undefined) return 'stylish';
  const known = FORMATS.find((f) => f === value);
  if (known) return known;
  throw new UsageError(`--format ${value}: the formats are ${FORMATS.join(', ')}.`);
}

function maxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings ${value}: give a whole number, 0 or more.`);
  return Number(value);
}
