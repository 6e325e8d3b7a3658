import { memo } from 'react';
import type { BlockValue } from '../../core/draft/draft-schema';
import { setTitleText } from '../../core/draft/section-edits';
import type { Block, Field, TemplateSchema } from '../../core/template/schema';
import { BlockField } from '../block-fields/block-field';
import { BlockSlot } from './block-slot';
import { editDraft, useDraftSelector } from '../../store/use-draft-selector';

type Props = { draftId: string; template: TemplateSchema };

/** What is filled in once at the top: the title line, frontmatter and metadata fields, and other preamble blocks. */
export const DocumentFields = memo(function DocumentFields({ draftId, template }: Props) {
  const titleText = useDraftSelector(draftId, (d) => d.titleText) ?? '';
  const frontmatter = useDraftSelector(draftId, (d) => d.frontmatter);
  const metadata = useDraftSelector(draftId, (d) => d.metadata);
  const preamble = useDraftSelector(draftId, (d) => d.preamble);
  const hasAnything = template.title || template.frontmatter || template.metadata.length > 0 || template.preamble.length > 0;
  if (!hasAnything) return null;

  return (
    <section className="document-fields" aria-labelledby="document-fields-title">
      <h2 id="document-fields-title">Document</h2>
      {template.title && (
        <label className="title-field">
          <span>Title</span>
          <span className="title-field-row">
            {template.title.prefix && <span className="title-prefix">{template.title.prefix}</span>}
            <input
              value={titleText}
              placeholder={template.title.placeholders.map((p) => p.label).join(' ')}
              onChange={(e) => editDraft(draftId, (d) => setTitleText(d, e.target.value))}
            />
          </span>
        </label>
      )}
      {template.frontmatter && frontmatter && (
        <RecordFields
          id="@frontmatter"
          label="Frontmatter"
          fields={template.frontmatter}
          values={frontmatter}
          onChange={(values) => editDraft(draftId, (d) => ({ ...d, frontmatter: values }))}
        />
      )}
      {template.metadata.length > 0 && metadata && (
        <RecordFields id="@metadata" fields={template.metadata} values={metadata} onChange={(values) => editDraft(draftId, (d) => ({ ...d, metadata: values }))} />
      )}
      {template.preamble.map((block) => (
        <BlockSlot key={block.id} draftId={draftId} place="@preamble" block={block} value={preamble?.find((v) => v.blockId === block.id)} idBase={block.id.replace(/[^\w-]/g, '-')} />
      ))}
    </section>
  );
});

/** Frontmatter and metadata are key/value records; they use the same form as a fields block. */
function RecordFields({ id, label, fields, values, onChange }: { id: string; label?: string; fields: Field[]; values: Record<string, string>; onChange: (values: Record<string, string>) => void }) {
  const block: Block = { kind: 'fields', id, style: 'lines', fields, line: 0, ...(label ? { label } : {}) };
  const value: BlockValue = { kind: 'fields', blockId: id, values };
  return (
    <BlockField
      block={block}
      value={value}
      idBase={id.replace(/[^\w-]/g, '')}
      onChange={(next) => next.kind === 'fields' && onChange(next.values)}
      renderProse={() => null}
    />
  );
}
