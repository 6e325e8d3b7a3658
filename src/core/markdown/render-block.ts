import { sameKind, type RenderStyle } from '../blocks/block-kind-module';
import { blockKind, isRegisteredValue } from '../blocks/block-kinds';
import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import { boldLabel } from './bold-label';
import type { Chunk } from './join-chunks';

export type { RenderStyle };

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

function renderValue(value: BlockValue, block: Block | undefined, style: RenderStyle): Chunk | null {
  return isRegisteredValue(value) ? blockKind(value.kind).render(value, sameKind(block, value.kind), style) : null;
}
