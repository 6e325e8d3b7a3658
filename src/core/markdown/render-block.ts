import { sameKind } from '../blocks/block-kind-module';
import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block, Field } from '../template/schema';
import { wrapCodeSpan } from './code-span';
import { boldLabel } from './bold-label';
import { escapeInlinePipes } from './inline-field-pipes';
import type { Chunk } from './join-chunks';
import { listItem } from './list-chunk';

/**
 * One block value as Markdown, in the template's form for its kind, with the
 * template block's label line before it. Null when there is nothing to
 * write: empty text, and list items, rows and scenarios with no text, are
 * unfilled and left out (a label with nothing under it goes too).
 */
export function renderBlock(value: BlockValue, block: Block | undefined, style: RenderStyle): Chunk | null {
  const body = renderValue(value, block, style);
  if (!body) return null;
  if (!block?.label) return body;
  return { text: `${boldLabel(block.label, style.colonInside, '')}\n\n${body.text}`, first: null, last: body.last };
}

export type RenderStyle = {
  /** Block labels and terms as `**Label:**` (labelColonInside). */
  colonInside: boolean;
  /** The level of the section the block is in, 0 before the first section: headings in prose go below it. */
  sectionLevel: number;
};

/** Field lines (`**Label**: value`, `- Label: value`), one paragraph per line of the template, or one list. */
export function renderFields(fields: Field[], values: Record<string, string>, style: 'lines' | 'list'): Chunk | null {
  if (style === 'list') {
    const items = fields.flatMap((field) => {
      const line = fieldText(field, values[field.key] ?? '', false);
      return line === null ? [] : [listItem('-', line)];
    });
    return items.length === 0 ? null : { text: items.join('\n'), first: 'ul', last: 'ul' };
  }
  const paragraphs: string[] = [];
  let line: string[] | null = null;
  for (const field of fields) {
    if (!field.sameLine || !line) {
      line = [];
      paragraphs.push('');
    }
    const text = fieldText(field, values[field.key] ?? '', true);
    if (text !== null) line.push(text);
    paragraphs[paragraphs.length - 1] = line.join(' | ');
  }
  const text = paragraphs.filter((p) => p !== '').join('\n\n');
  return text === '' ? null : { text, first: null, last: null };
}

function renderValue(value: BlockValue, block: Block | undefined, style: RenderStyle): Chunk | null {
  if (isRegisteredValue(value)) return blockKind(value.kind).render(value, sameKind(block, value.kind), style);
  const { colonInside } = style;
  switch (value.kind) {
    case 'fields':
      return block?.kind === 'fields' ? renderFields(block.fields, value.values, block.style) : renderUnknownFields(value.values, colonInside);
  }
}

/** `inline`: a field line, where ` | **` would start another field. */
function fieldText(field: Field, raw: string, inline: boolean): string | null {
  const value = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  if (value === '') return null;
  const shown = field.wrap ? wrapCodeSpan(value, field.wrap) : inline ? escapeInlinePipes(value) : value;
  if (field.plainLabel) return `${field.label}: ${shown}`;
  return `${boldLabel(field.label, field.colonInside ?? false, '')} ${shown}`;
}

/** Values of a fields block whose template block is gone: each key as its label. */
function renderUnknownFields(values: Record<string, string>, colonInside: boolean): Chunk | null {
  const fields = Object.keys(values).map((key): Field => ({ key, label: key, type: 'text', templateValue: '', placeholders: [], colonInside, line: 0 }));
  return renderFields(fields, values, 'lines');
}
