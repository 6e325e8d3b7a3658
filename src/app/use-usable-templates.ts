import { useMemo } from 'react';
import type { TemplateSchema } from '../core/template/schema';
import { useCustomTemplates } from '../store/use-templates-store';
import { templateErrors } from '../ui/template-picker/template-errors';
import { builtInTemplates } from './built-in-templates';

const builtIn = builtInTemplates.flatMap((entry) => (entry.template && templateErrors(entry.problems).length === 0 ? [entry.template] : []));

/** Every template a draft can be made from: the built-in ones, then the user's own; the same array until one changes. */
export function useUsableTemplates(): TemplateSchema[] {
  const custom = useCustomTemplates();
  return useMemo(() => [...builtIn, ...custom.filter((c) => templateErrors(c.problems).length === 0).map((c) => c.template)], [custom]);
}
