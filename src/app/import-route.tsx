import { useNavigate } from 'react-router';
import type { TemplateSchema } from '../core/template/schema';
import { ImportScreen } from '../ui/import-markdown/import-screen';
import { builtInTemplates } from './built-in-templates';
import { paths } from './paths';

const templates = builtInTemplates.map((entry) => entry.template).filter((t): t is TemplateSchema => t !== null);

/** /import: a Markdown spec becomes a new draft. */
export function ImportRoute() {
  const navigate = useNavigate();
  return <ImportScreen templates={templates} onImported={(id) => void navigate(paths.draft(id))} />;
}
