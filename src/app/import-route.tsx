import { useNavigate } from 'react-router';
import { ImportScreen } from '../ui/import-markdown/import-screen';
import { paths } from './paths';
import { useUsableTemplates } from './use-usable-templates';

/** /import: a Markdown spec becomes a new draft, of a built-in template or one of the user's own. */
export function ImportRoute() {
  const navigate = useNavigate();
  const templates = useUsableTemplates();
  return <ImportScreen templates={templates} onImported={(id) => void navigate(paths.draft(id))} />;
}
