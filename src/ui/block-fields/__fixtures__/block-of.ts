import { draftOfTemplate } from './draft-of-template';
import type { BlockValueKind, DraftSection } from '../../../core/draft/draft-schema';
import { templateLookup } from '../../../core/draft/template-lookup';
import type { BlockOf, ValueOf } from '../block-field-props';

/**
 * A real template block and its value in a fresh draft of a built-in
 * template: the first block of `kind` (whose id contains `idPart`, if given).
 */
export function blockOf<K extends BlockValueKind>(file: string, kind: K, idPart = ''): { block: BlockOf<K>; value: ValueOf<K> } {
  const draft = draftOfTemplate(file);
  const { blocks } = templateLookup(draft.template);
  const values = [...draft.preamble, ...draft.footer, ...flatten(draft.sections).flatMap((s) => s.blocks)];
  for (const value of values) {
    const block = blocks.get(value.blockId);
    if (block?.kind === kind && value.kind === kind && block.id.includes(idPart)) {
      return { block: block as BlockOf<K>, value: value as ValueOf<K> };
    }
  }
  throw new Error(`${file} has no ${kind} block matching "${idPart}"`);
}

function flatten(sections: DraftSection[]): DraftSection[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}
