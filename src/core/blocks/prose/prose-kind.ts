import { importProse } from '../../markdown/prose-text';
import type { BlockKindModule } from '../block-kind-module';
import { initialText } from '../initial-text';
import { proseChunk } from './prose-chunk';

/** Free text in Markdown, edited by the rich-text editor. */
export const proseKind: BlockKindModule<'prose'> = {
  kind: 'prose',
  initialValue: (block) => ({ kind: 'prose', blockId: block.id, markdown: initialText(block.text) }),
  emptyValue: (block) => ({ kind: 'prose', blockId: block.id, markdown: '' }),
  texts: (value) => [value.markdown],
  checkTexts: (value, _block, { ref, label }) => [ref(value.markdown, label ?? 'The text')],
  checkShape: () => {},
  render: (value, _block, style) => proseChunk(value.markdown, style.sectionLevel),
  // Unlabelled prose is not aligned: it takes what is left between the blocks that are (see importBody).
  fit: (block, unit) => (block.label !== undefined && unit.label !== undefined ? { weight: 1, value: { kind: 'prose', blockId: block.id, markdown: importProse(unit.content) } } : null),
  describeRemoval: () => null,
  templateText: (block) => (block.text.trim() === '' ? null : { text: block.text, list: false }),
  describe: (block) => block.label ?? 'Free text',
  placeholders: (block) => block.placeholders,
};
