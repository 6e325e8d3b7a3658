import { DraftsLibrary } from '../ui/drafts-library/drafts-library';
import { TemplatePicker } from '../ui/template-picker/template-picker';
import { builtInTemplates } from './built-in-templates';
import { paths } from './paths';

const custom = { add: paths.newTemplate, replace: paths.replaceTemplate };

export function PickerRoute() {
  return (
    <>
      <title>Choose a template · Specwright</title>
      <TemplatePicker entries={builtInTemplates} outlineHref={paths.templateOutline} draftHref={paths.draft} custom={custom}>
        <DraftsLibrary draftHref={paths.draft} />
      </TemplatePicker>
    </>
  );
}
