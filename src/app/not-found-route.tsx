import { PageMessage } from '../ui/page-message/page-message';
import { paths } from './paths';

export function NotFoundRoute() {
  return (
    <>
      <title>Page not found · Specwright</title>
      <PageMessage
        title="Page not found"
        message="There is nothing at this address. It may have moved, or the link may be mistyped."
        homeHref={paths.home}
        homeLabel="Go to the templates"
      />
    </>
  );
}
