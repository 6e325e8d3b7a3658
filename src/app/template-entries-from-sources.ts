import { parseTemplate } from '../core/template/parse-template';
import type { TemplateEntry } from '../ui/template-picker/template-entry';

/**
 * Turns template Markdown keyed by file path into picker entries, sorted by
 * name. A template that the parser rejects, or that crashes it, still becomes
 * an entry carrying the problem, so one bad file cannot take the app down.
 */
export function templateEntriesFromSources(sources: Readonly<Record<string, string>>): TemplateEntry[] {
  const entries = Object.entries(sources).map(([path, source]) => entryFromSource(idFromPath(path), source));
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

function entryFromSource(id: string, source: string): TemplateEntry {
  const fallbackName = nameFromId(id);
  try {
    const { template, problems } = parseTemplate(source, { id, fallbackName });
    return { id, name: template.name || fallbackName, template, problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      id,
      name: fallbackName,
      template: null,
      problems: [{ severity: 'error', code: 'parse-crashed', message: `The template could not be read: ${message}`, line: 1 }],
    };
  }
}

function idFromPath(path: string): string {
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  return fileName.replace(/\.md$/i, '');
}

/** `data-platform-feature-spec` -> `Data platform feature spec`. */
function nameFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
