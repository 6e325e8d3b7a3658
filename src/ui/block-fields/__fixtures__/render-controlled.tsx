import { render } from '@testing-library/react';
import { useState, type ComponentType } from 'react';
import { vi } from 'vitest';
import type { BlockValueKind } from '../../../core/draft/draft-schema';
import type { BlockFieldProps, BlockOf, ValueOf } from '../block-field-props';

/**
 * Renders a block control the way the editor does: it owns the value and
 * passes each change back in, so one test can make several edits in a row.
 */
export function renderControlled<K extends BlockValueKind>(
  Control: ComponentType<BlockFieldProps<K>>,
  start: { block: BlockOf<K>; value: ValueOf<K> },
  idBase = 'block',
) {
  const onChange = vi.fn<(value: ValueOf<K>) => void>();
  function Host() {
    const [value, setValue] = useState(start.value);
    return (
      <Control
        block={start.block}
        value={value}
        idBase={idBase}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
      />
    );
  }
  const result = render(<Host />);
  const last = (): ValueOf<K> => {
    const call = onChange.mock.lastCall;
    if (!call) throw new Error('onChange was not called');
    return call[0];
  };
  return { ...result, onChange, last };
}
