import { PageMessage } from '../ui/page-message/page-message';
import { paths } from './paths';

/** While the user's own templates are still being read: an address may name one of them. */
export function TemplatesLoading() {
  return <p role="status">Loading your templates…</p>;
}

/** A template address that names no template: says why it may be so, and leads back to the list. */
export function TemplateNotFound({ message }: { message: string }) {
  return (
    <>
      <title>Template not found · Specwright</title>
      <PageMessage title="Template not found" message={message} homeHref={paths.home} homeLabel="See all templates" />
    </>
  );
}
