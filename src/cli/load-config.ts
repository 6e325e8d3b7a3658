import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { CheckConfig } from './check-config';
import { UsageError } from './usage-error';

/**
 * The config at `path`, checked against its schema. A missing file is no
 * config, unless it was asked for by name; anything else wrong with it is a
 * UsageError that names the file and the key.
 */
export async function loadConfig(path: string, { required }: { required: boolean }): Promise<CheckConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(`Cannot read the config ${path}: ${(error as Error).message}`);
  }
  return parseConfig(text, path);
}

/** Config text -> config, or a UsageError naming the first bad key. */
export function parseConfig(text: string, path: string): CheckConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The config ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const result = CheckConfig.safeParse(json);
  if (result.success) return result.data;
  throw new UsageError(`The config ${path} is not valid:\n${result.error.issues.map((issue) => `  ${describeIssue(issue)}`).join('\n')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `"${[...issue.path.map(String), key].join('.')}": unknown key; the keys are files, ignore, templatesDir, templates, ears, rules`).join('\n  ');
  if (issue.code === 'invalid_key') return `"${at}": ${issue.issues.map((i) => i.message).join('; ')}`;
  return `"${at || '(top level)'}": ${issue.message}`;
}
