import { useParams } from 'react-router';
import { PageMessage } from '../ui/page-message/page-message';
import { TemplateOutline } from '../ui/template-outline/template-outline';
import { UnreadableTemplate } from '../ui/template-outline/unreadable-template';
import { templateErrors } from '../ui/template-picker/template-errors';
import { findBuiltInTemplate } from './built-in-templates';
import { paths } from './paths';

export function OutlineRoute() {
  const { id = '' } = useParams();
  const entry = findBuiltInTemplate(id);

  if (!entry) {
    return (
      <>
        <title>Template not found · Specwright</title>
        <PageMessage
          title="Template not found"
          message={`There is no built-in template called “${id}”.`}
          homeHref={paths.home}
          homeLabel="See all templates"
        />
      </>
    );
  }

  const hasErrors = templateErrors(entry.problems).length > 0;
  return (
    <>
      <title>{`${entry.name} · Specwright`}</title>
      {entry.template && !hasErrors ? (
        <TemplateOutline template={entry.template} problems={entry.problems} backHref={paths.home} draftHref={paths.draft} />
      ) : (
        <UnreadableTemplate name={entry.name} problems={entry.problems} backHref={paths.home} />
      )}
    </>
  );
}
