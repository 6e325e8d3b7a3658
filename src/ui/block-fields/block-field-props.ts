import type { BlockOf, ValueOf } from '../../core/blocks/block-kind-module';
import type { BlockValueKind } from '../../core/draft/draft-schema';

export type { BlockOf, ValueOf };

/**
 * Every block control is controlled: it renders the draft's value and reports
 * a whole new value on each edit, removals included, so the caller's undo
 * stack sees every change.
 */
export type BlockFieldProps<K extends BlockValueKind> = {
  /** The template block: labels, columns, options, hints, ID prefix. */
  block: BlockOf<K>;
  value: ValueOf<K>;
  /** `removed` names what a removal took out when the control knows it exactly (`FR-002`), for the Undo notice. */
  onChange: (value: ValueOf<K>, removed?: string) => void;
  /** Unique DOM id prefix for the control's labels and inputs. */
  idBase: string;
};
