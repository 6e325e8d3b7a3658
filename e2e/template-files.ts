import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));
const HEADER_NAME = /<!--\s*specwright-template\b[\s\S]*?^\s*name:\s*(.+?)\s*$/m;

/** The built-in templates as the files on disk name them, independent of the app's parser. */
export function builtInTemplateFiles(): { id: string; name: string }[] {
  return readdirSync(templatesDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const name = HEADER_NAME.exec(readFileSync(templatesDir + file, 'utf8'))?.[1];
      if (!name) throw new Error(`templates/${file} has no <!-- specwright-template name: ... --> header`);
      return { id: file.slice(0, -'.md'.length), name };
    });
}
