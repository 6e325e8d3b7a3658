import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplate } from '../core/template/parse-template';
import type { Problem, TemplateSchema } from '../core/template/schema';
import { PACKAGE_ROOT } from './package-root';
import { UsageError } from './usage-error';

export type TemplateSource = {
  template: TemplateSchema;
  origin: 'built-in' | 'team' | 'file';
  /** The file it was read from. */
  path: string;
  problems: Problem[];
};

/** The app's built-in templates: every Markdown file in templates/. */
export const BUILT_IN_DIR = fileURLToPath(new URL('templates/', PACKAGE_ROOT));

/**
 * The built-in templates, then the team's own from `teamDir` (a missing
 * folder is none, unless `required`), each group ordered as the app's picker
 * orders them (by name), which is also the order matchTemplates breaks ties
 * in. A team template with the id of a built-in one takes its place.
 */
export async function loadTemplates(teamDir: string | null, { required = false } = {}): Promise<TemplateSource[]> {
  const builtIn = await readTemplateDir(BUILT_IN_DIR, 'built-in', true);
  const team = teamDir ? await readTemplateDir(teamDir, 'team', required) : [];
  const teamIds = new Set(team.map((t) => t.template.id));
  return [...builtIn.filter((t) => !teamIds.has(t.template.id)), ...team];
}

async function readTemplateDir(dir: string, origin: TemplateSource['origin'], required: boolean): Promise<TemplateSource[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.md$/i.test(name));
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`Cannot read the templates folder ${dir}: ${(error as Error).message}`);
  }
  const sources = await Promise.all(names.map((name) => readTemplateFile(join(dir, name), origin)));
  return sources.sort((a, b) => a.template.name.localeCompare(b.template.name, 'en', { sensitivity: 'base' }) || a.template.id.localeCompare(b.template.id));
}

/** One template file, parsed; a template with an error is refused, as the app refuses to save one. */
export async function readTemplateFile(path: string, origin: TemplateSource['origin']): Promise<TemplateSource> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the template ${path}: ${(error as Error).message}`);
  }
  const id = basename(path).replace(/\.md$/i, '');
  const { template, problems } = parseTemplate(text, { id, fallbackName: nameFromId(id) });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const shown = relative(process.cwd(), path) || path;
    throw new UsageError(`The template ${shown} has errors:\n${errors.map((p) => `  line ${p.line}: ${p.message} (${p.code})`).join('\n')}`);
  }
  return { template: { ...template, name: template.name || nameFromId(id) }, origin, path, problems };
}

/**
 * `--template NAME|FILE`: a path to a `.md` file, or a template's id or
 * (case aside) name among those loaded.
 */
export async function resolveTemplate(choice: string, templates: TemplateSource[], cwd: string): Promise<TemplateSource> {
  if (/\.md$/i.test(choice) || choice.includes('/')) return readTemplateFile(join(cwd, choice), 'file');
  const found = templates.find((t) => t.template.id === choice) ?? templates.find((t) => t.template.name.toLowerCase() === choice.toLowerCase());
  if (!found) throw new UsageError(`There is no template "${choice}". \`specwright check --list-templates\` lists them; a path to a .md file works too.`);
  return found;
}

/** `data-platform-feature-spec` -> `Data platform feature spec`, as the app names a template that names itself nowhere. */
function nameFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
