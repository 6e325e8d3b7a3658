import { useNavigate, useParams } from 'react-router';
import { useCustomTemplate, useTemplatesStore } from '../store/use-templates-store';
import { AddTemplateScreen } from '../ui/add-template/add-template-screen';
import { paths } from './paths';
import { TemplateNotFound, TemplatesLoading } from './template-not-found';

/** /templates/:id/replace: a new version of one of the user's templates, previewed before it replaces the old. */
export function ReplaceTemplateRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const entry = useCustomTemplate(id);
  const loading = useTemplatesStore((s) => s.status === 'loading');

  if (!entry && loading) return <TemplatesLoading />;
  if (!entry) return <TemplateNotFound message="There is no template of yours at this address. It may have been deleted; only templates you added can be replaced." />;
  // Keyed by id, so moving between two templates' replace pages starts afresh.
  return <AddTemplateScreen key={id} replacing={entry} cancelHref={paths.home} onSaved={() => void navigate(paths.home)} />;
}
