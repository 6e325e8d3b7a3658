import { flattenSections } from '../template/flatten-sections';
import type { TemplateSchema } from '../template/schema';

/**
 * Whether block labels and definition terms are written `**Label:**` (true)
 * or `**Label**:`. The schema records the style per field only, so the
 * template's fields decide for the whole document: templates keep one style
 * throughout (spec-kit puts the colon outside, the product spec inside), and
 * a document in one style reads better than a guess per line.
 */
export function labelColonInside(template: TemplateSchema): boolean {
  let style = styles.get(template);
  if (style === undefined) {
    style = countStyle(template);
    styles.set(template, style);
  }
  return style;
}

const styles = new WeakMap<TemplateSchema, boolean>();

function countStyle(template: TemplateSchema): boolean {
  let inside = 0;
  let outside = 0;
  const count = (fields: { colonInside?: boolean | undefined; plainLabel?: boolean | undefined }[]) => {
    for (const field of fields) {
      if (field.plainLabel) continue;
      if (field.colonInside) inside++;
      else outside++;
    }
  };
  count(template.metadata);
  const blocks = [...template.preamble, ...template.footer, ...flattenSections(template.sections).flatMap((s) => s.blocks)];
  for (const block of blocks) if (block.kind === 'fields') count(block.fields);
  return inside > outside;
}
