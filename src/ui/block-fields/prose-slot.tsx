import type { BlockFieldProps } from './block-field-props';
import type { RenderProse } from './field-component';

/** Prose has no control of its own here: the caller's rich-text editor goes in its place. */
export function ProseSlot({ block, value, onChange, renderProse }: BlockFieldProps<'prose'> & { renderProse: RenderProse }) {
  return renderProse(block, value, onChange);
}
