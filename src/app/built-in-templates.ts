import type { TemplateSchema } from '../core/template/schema';
import type { TemplateEntry } from '../ui/template-picker/template-entry';
import { templateEntriesFromSources } from './template-entries-from-sources';

// Every Markdown file in templates/ is a built-in template; adding one needs no code.
const sources = import.meta.glob<string>('../../templates/*.md', { query: '?raw', import: 'default', eager: true });

export const builtInTemplates: readonly TemplateEntry[] = templateEntriesFromSources(sources);

export function findBuiltInTemplate(id: string): TemplateEntry | undefined {
  return builtInTemplates.find((entry) => entry.id === id);
}

/** A built-in template's schema by id, for share links (which name built-in templates instead of carrying them). */
export function builtInTemplate(id: string): TemplateSchema | undefined {
  return findBuiltInTemplate(id)?.template ?? undefined;
}
