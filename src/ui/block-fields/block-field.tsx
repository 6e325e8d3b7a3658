import { createElement } from 'react';
import type { BlockValue } from '../../core/draft/draft-schema';
import type { Block } from '../../core/template/schema';
import type { RenderProse } from './field-component';
import { fieldComponent } from './field-components';
import './block-fields.css';

type BlockFieldProps = {
  block: Block;
  /** The draft's value for this block; none for raw lines and rules, which are not edited. */
  value: BlockValue | undefined;
  onChange: (value: BlockValue, removed?: string) => void;
  idBase: string;
  /** Prose is edited by the rich-text editor, which the caller provides. */
  renderProse: RenderProse;
};

/**
 * The control for one template block and its draft value, looked up by kind.
 * A value of another kind than the block (a damaged draft) renders nothing
 * rather than guess.
 */
export function BlockField({ block, value, onChange, idBase, renderProse }: BlockFieldProps) {
  if (block.kind === 'rule') return <hr className="block-field-rule" />;
  if (block.kind === 'raw' || !value || value.kind !== block.kind) return null;
  // createElement, not a component made in render: the map's entries are module constants, so React keeps each control's state.
  return createElement(fieldComponent(block.kind), { block, value, onChange, idBase, renderProse });
}
