import { useLocation, useNavigate } from 'react-router';
import { AddTemplateScreen, type AddTemplatePrefill } from '../ui/add-template/add-template-screen';
import { paths } from './paths';

/**
 * /templates/new: a template of one's own. Another screen can open it with
 * Markdown already in it (a draft's structure) through the location state,
 * which stays in this history entry and never reaches a server or the URL.
 */
export function AddTemplateRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  return <AddTemplateScreen prefill={prefillFrom(location.state)} cancelHref={paths.home} onSaved={() => void navigate(paths.home)} />;
}

/** Location state is whatever the history entry holds: read it as untrusted. */
function prefillFrom(state: unknown): AddTemplatePrefill | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { source, origin } = state as Record<string, unknown>;
  if (typeof source !== 'string') return undefined;
  return typeof origin === 'string' ? { source, origin } : { source };
}

/** How a screen opens /templates/new with Markdown in it. */
export function newTemplateState(source: string, origin: string): { source: string; origin: string } {
  return { source, origin };
}
