import type { TemplateSchema } from '../core/template/schema';
import { useCustomTemplate } from '../store/use-templates-store';
import { templateErrors } from '../ui/template-picker/template-errors';
import { findBuiltInTemplate } from './built-in-templates';

/**
 * The template with this id as the app has it now: the user's own (current
 * version) or a built-in one; undefined when there is none, or when it has
 * errors and so cannot be used.
 */
export function useCurrentTemplate(id: string | undefined): TemplateSchema | undefined {
  const custom = useCustomTemplate(id);
  if (id === undefined) return undefined;
  const entry = custom ?? findBuiltInTemplate(id);
  if (!entry?.template || templateErrors(entry.problems).length > 0) return undefined;
  return entry.template;
}
