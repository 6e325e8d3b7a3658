import type { BlockKindModule } from '../block-kind-module';
import { fenceChunk } from '../code/fence-chunk';
import { fenceTemplateText } from '../code/fence-template-text';
import { labelled } from '../labelled';
import { DIAGRAM_LANG } from './diagram-block';

/** A Mermaid diagram, edited as source (shown as code until a renderer exists) and written as a ```mermaid fence. */
export const diagramKind: BlockKindModule<'diagram'> = {
  kind: 'diagram',
  // Like code, the template's example stays until the user changes it (and does not count as filled).
  initialValue: (block) => ({ kind: 'diagram', blockId: block.id, code: block.code }),
  emptyValue: (block) => ({ kind: 'diagram', blockId: block.id, code: '' }),
  texts: (value) => [value.code],
  checkTexts: (value, _block, { ref, label }) => [{ ...ref(value.code, label ?? 'The diagram'), context: 'code', criterion: false }],
  checkShape: () => {},
  render: (value) => fenceChunk(value.code, DIAGRAM_LANG),
  // Above a code block's weight: a mermaid fence is a diagram's before it is any code block's.
  fit: (block, { token }) => (token.type === 'code' && token.lang === DIAGRAM_LANG ? { weight: 4, value: { kind: 'diagram', blockId: block.id, code: token.code } } : null),
  describeRemoval: () => null,
  templateText: (block) => fenceTemplateText(block.code, DIAGRAM_LANG),
  describe: (block) => labelled(block.label, 'Mermaid diagram'),
  placeholders: (block) => block.placeholders,
};
