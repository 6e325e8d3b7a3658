import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageMessage } from '../ui/page-message/page-message';
import { paths } from './paths';
import './app-layout.css';

/** Shown instead of a blank page when rendering a route throws. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="app-container app-main">
      <title>Something went wrong · Specwright</title>
      <PageMessage
        title="Something went wrong"
        message={`Specwright hit an error it could not recover from: ${detail}`}
        homeHref={paths.home}
        homeLabel="Back to the templates"
      />
    </main>
  );
}
