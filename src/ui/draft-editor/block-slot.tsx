import { memo, useCallback, useMemo } from 'react';
import type { BlockValue } from '../../core/draft/draft-schema';
import { describeRemoval } from '../../core/draft/describe-removal';
import { setBlockValue, type BlockPlace } from '../../core/draft/section-edits';
import type { Block } from '../../core/template/schema';
import { BlockField } from '../block-fields/block-field';
import { ProseField } from '../prose-editor/prose-field';
import { sectionHeadingId } from './section-heading-id';
import { pushUndo } from './undo-stack';
import { editDraft, proseDocFor } from '../../store/use-draft-selector';

type Props = { draftId: string; place: BlockPlace; block: Block; value: BlockValue | undefined; idBase: string };

/** One template block with its draft value; edits go to the store, removals can be undone. */
export const BlockSlot = memo(function BlockSlot({ draftId, place, block, value, idBase }: Props) {
  const onChange = useCallback(
    (next: BlockValue, removed?: string) => {
      editDraft(draftId, (draft) => setBlockValue(draft, place, next));
      // The control names what it removed when it knows (two requirements may read the same); otherwise work it out.
      const removal = removed ? `Removed ${removed}` : value ? describeRemoval(value, next) : null;
      if (removal && value) pushUndo(draftId, removal, (draft) => setBlockValue(draft, place, value));
    },
    [draftId, place, value],
  );

  const proseBlockId = value?.kind === 'prose' ? value.blockId : '';
  const commentPlace = useMemo(() => ({ draftId, place, blockId: proseBlockId }), [draftId, place, proseBlockId]);

  if (block.kind === 'rule') return <hr className="block-rule" />;
  if (block.kind === 'raw' || !value) return null;
  return (
    <BlockField
      block={block}
      value={value}
      onChange={onChange}
      idBase={idBase}
      renderProse={(proseBlock, proseValue, onProseChange) => (
        <ProseField
          id={`${idBase}-prose`}
          label={proseBlock.label ?? 'Text'}
          // Without a label of its own, a prose block is named by its section's heading.
          {...(!proseBlock.label && !place.startsWith('@') ? { labelledBy: sectionHeadingId(place) } : {})}
          markdown={proseValue.markdown}
          placeholder={proseBlock.text.replace(/^\[|\]$/g, '')}
          onChange={(markdown) => onProseChange({ ...proseValue, markdown })}
          collabFor={() => proseDocFor(draftId, place, proseValue.blockId)}
          commentPlace={proseValue.blockId === proseBlockId ? commentPlace : undefined}
        />
      )}
    />
  );
});
