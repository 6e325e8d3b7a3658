import type { BlockValue } from '../../core/draft/draft-schema';
import { putBlockValue } from '../../core/draft/section-edits';
import { ProseField } from '../prose-editor/prose-field';
import { sectionHeadingId } from './section-heading-id';
import { editDraft } from '../../store/use-draft-selector';

type Props = { draftId: string; sectionId: string; value: BlockValue | undefined; hint: string };

/** The block id of a section's free text: beside the template's `<section>#<n>` block ids, never one of them. */
export function freeTextBlockId(sectionId: string): string {
  return `${sectionId}#text`;
}

/**
 * Somewhere to write in a section whose template gives only guidance (an
 * HTML comment and nothing else, a common style). The value is made on the
 * first edit; the export writes it under the heading like any prose.
 */
export function FreeTextSlot({ draftId, sectionId, value, hint }: Props) {
  const blockId = freeTextBlockId(sectionId);
  return (
    <ProseField
      id={`${sectionId.replace(/[^\w-]/g, '-')}-free-text`}
      label="Text"
      labelledBy={sectionHeadingId(sectionId)}
      markdown={value?.kind === 'prose' ? value.markdown : ''}
      placeholder={hint}
      onChange={(markdown) => editDraft(draftId, (d) => putBlockValue(d, sectionId, { kind: 'prose', blockId, markdown }))}
    />
  );
}
