import { join, resolve } from 'node:path';
import type { CheckConfig } from './check-config';
import { loadConfig } from './load-config';
import { loadTemplates, type TemplateSource } from './load-templates';
import type { ProjectOptions } from './parse-cli-args';

export const DEFAULT_CONFIG = '.specwright/config.json';
export const DEFAULT_TEMPLATES_DIR = '.specwright/templates';

export type Project = { config: CheckConfig; templates: TemplateSource[] };

/**
 * The config and the templates of the project in `cwd`: `--config` and
 * `--templates` when given (then they must exist), else the defaults (which
 * may be missing).
 */
export async function loadProject(options: ProjectOptions, cwd: string): Promise<Project> {
  const config = await loadConfig(resolve(cwd, options.config ?? DEFAULT_CONFIG), { required: options.config !== null });
  const dir = options.templatesDir ?? config.templatesDir ?? null;
  const templates = await loadTemplates(dir === null ? join(cwd, DEFAULT_TEMPLATES_DIR) : resolve(cwd, dir), { required: dir !== null });
  return { config, templates };
}
