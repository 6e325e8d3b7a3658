import type { ReactNode } from 'react';
import type { BlockValueKind } from '../../core/draft/draft-schema';
import type { BlockFieldProps, BlockOf, ValueOf } from './block-field-props';

export type RenderProse = (block: BlockOf<'prose'>, value: ValueOf<'prose'>, onChange: (value: ValueOf<'prose'>) => void) => ReactNode;

/** The control for one block kind; prose is edited by the rich-text editor the caller provides. */
export type FieldComponent<K extends BlockValueKind> = (props: BlockFieldProps<K> & { renderProse: RenderProse }) => ReactNode;
