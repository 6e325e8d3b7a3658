import { useParams } from 'react-router';
import { useCustomTemplate, useTemplatesStore } from '../store/use-templates-store';
import { TemplateOutline } from '../ui/template-outline/template-outline';
import { UnreadableTemplate } from '../ui/template-outline/unreadable-template';
import { templateErrors } from '../ui/template-picker/template-errors';
import type { TemplateEntry } from '../ui/template-picker/template-entry';
import { findBuiltInTemplate } from './built-in-templates';
import { paths } from './paths';
import { TemplateNotFound, TemplatesLoading } from './template-not-found';

export function OutlineRoute() {
  const { id = '' } = useParams();
  const custom = useCustomTemplate(id);
  const loading = useTemplatesStore((s) => s.status === 'loading');
  const entry: TemplateEntry | undefined = findBuiltInTemplate(id) ?? (custom && { id, name: custom.record.name, template: custom.template, problems: custom.problems });

  if (!entry && loading) return <TemplatesLoading />;
  if (!entry) return <TemplateNotFound message={`There is no template called “${id}” here. It may have been deleted, or added in another browser.`} />;

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
