import type { ReactNode } from 'react';
import type { BlockValue } from '../../core/draft/draft-schema';
import type { Block } from '../../core/template/schema';
import type { BlockOf, ValueOf } from './block-field-props';
import { ChecklistField } from './checklist-field';
import { CodeField } from './code-field';
import { DefinitionsField } from './definitions-field';
import { FieldsField } from './fields-field';
import { IdListField } from './id-list-field';
import { ListField } from './list-field';
import { ScenariosField } from './scenarios-field';
import { TableField } from './table-field';
import './block-fields.css';

export type RenderProse = (block: BlockOf<'prose'>, value: ValueOf<'prose'>, onChange: (value: ValueOf<'prose'>) => void) => ReactNode;

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
 * The control for one template block and its draft value. A value of another
 * kind than the block (a damaged draft) renders nothing rather than guess.
 */
export function BlockField({ block, value, onChange, idBase, renderProse }: BlockFieldProps) {
  if (block.kind === 'rule') return <hr className="block-field-rule" />;
  if (block.kind === 'raw' || !value) return null;
  const common = { idBase, onChange };

  switch (block.kind) {
    case 'prose':
      return value.kind === 'prose' ? renderProse(block, value, onChange) : null;
    case 'fields':
      return value.kind === 'fields' ? <FieldsField block={block} value={value} {...common} /> : null;
    case 'definitions':
      return value.kind === 'definitions' ? <DefinitionsField block={block} value={value} {...common} /> : null;
    case 'idList':
      return value.kind === 'idList' ? <IdListField block={block} value={value} {...common} /> : null;
    case 'scenarios':
      return value.kind === 'scenarios' ? <ScenariosField block={block} value={value} {...common} /> : null;
    case 'table':
      return value.kind === 'table' ? <TableField block={block} value={value} {...common} /> : null;
    case 'code':
      return value.kind === 'code' ? <CodeField block={block} value={value} {...common} /> : null;
    case 'checklist':
      return value.kind === 'checklist' ? <ChecklistField block={block} value={value} {...common} /> : null;
    case 'list':
      return value.kind === 'list' ? <ListField block={block} value={value} {...common} /> : null;
  }
}
