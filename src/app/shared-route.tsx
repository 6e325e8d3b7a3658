import { useNavigate } from 'react-router';
import { SharedDraftView } from '../ui/share/shared-draft-view';
import { builtInTemplate } from './built-in-templates';
import { paths } from './paths';

/** /shared#s1.…: a draft someone shared, opened read-only. */
export function SharedRoute() {
  const navigate = useNavigate();
  return <SharedDraftView builtInTemplate={builtInTemplate} homeHref={paths.home} onSaved={(id) => void navigate(paths.draft(id))} />;
}
