import { checkJson } from '../../validate/check-json';
import { shown } from '../../validate/message-text';
import type { BlockKindModule } from '../block-kind-module';
import { labelled } from '../labelled';
import { fenceChunk } from './fence-chunk';
import { fenceTemplateText } from './fence-template-text';

/** Fenced code: a template's example is kept until the user changes it; JSON must parse. */
export const codeKind: BlockKindModule<'code'> = {
  kind: 'code',
  initialValue: (block) => ({ kind: 'code', blockId: block.id, lang: block.lang, code: block.code }),
  emptyValue: (block) => ({ kind: 'code', blockId: block.id, lang: block.lang, code: '' }),
  texts: (value) => [value.code],
  checkTexts: (value, _block, { ref, label }) => [{ ...ref(value.code, label ?? 'The code block'), context: 'code', criterion: false }],
  checkShape: (value, { place, where, label, list }) => {
    if (value.lang.trim().toLowerCase() !== 'json' || value.code.trim() === '') return;
    const result = checkJson(value.code);
    if (!result.valid) {
      const name = label ?? 'The JSON code block';
      list.add(place, 'error', 'json-invalid', `${name} is not valid JSON: ${shown(result.message, 120)} at line ${result.line}, column ${result.column}${where}.`);
    }
  },
  render: (value) => fenceChunk(value.code, value.lang),
  fit: (block, { token }) => {
    if (token.type !== 'code') return null;
    // The export writes `text` for a fence without a language.
    return { weight: 3, value: { kind: 'code', blockId: block.id, lang: token.lang === 'text' && block.lang === '' ? '' : token.lang, code: token.code } };
  },
  describeRemoval: () => null,
  templateText: (block) => fenceTemplateText(block.code, block.lang),
  describe: (block) => labelled(block.label, block.lang ? `${block.lang} code` : 'Code'),
  placeholders: (block) => block.placeholders,
};
