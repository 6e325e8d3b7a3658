import { suffixedFileName } from '../file-name/suffixed-file-name';

/** The file a template's Markdown downloads as: `Team RFC (v2)` -> `team-rfc-v2-template.md`. */
export function templateFileName(name: string): string {
  return suffixedFileName(name, 'template');
}
