import { describe, expect, it } from 'vitest';
import { BlockValue, type BlockValueKind } from '../draft/draft-schema';
import { Block } from '../template/schema';
import type { BlockKindModule } from './block-kind-module';
import { blockKind, isRegisteredBlock, isRegisteredValue } from './block-kinds';
import { proseKind } from './prose/prose-kind';

const CAPABILITIES = ['initialValue', 'emptyValue', 'texts', 'checkTexts', 'checkShape', 'render', 'fit', 'describeRemoval', 'templateText', 'describe', 'placeholders'] as const;

const valueKinds = BlockValue.options.map((option) => option.shape.kind.value);
const blockKinds = Block.options.map((option) => option.shape.kind.value);

describe('the block-kind registry', () => {
  it('has a module for every draft value kind, with every capability', () => {
    expect(valueKinds.length).toBeGreaterThan(0);
    for (const kind of valueKinds) {
      const module = blockKind(kind);
      expect(module.kind).toBe(kind);
      for (const capability of CAPABILITIES) expect(typeof module[capability], `${kind}.${capability}`).toBe('function');
    }
  });

  it('covers exactly the template block kinds that take a value: rules and link anchors have none', () => {
    expect(blockKinds.filter((kind) => kind !== 'raw' && kind !== 'rule').sort()).toEqual([...valueKinds].sort());
  });

  it('answers only for own keys, not for what an untrusted kind might name', () => {
    for (const kind of ['__proto__', 'constructor', 'toString', 'raw', 'rule']) {
      expect(isRegisteredValue({ kind, blockId: 'b' } as unknown as BlockValue)).toBe(false);
      expect(isRegisteredBlock({ kind, id: 'b', line: 1 } as unknown as Block)).toBe(false);
    }
  });

  it('does not compile with a kind left out or a capability missing', () => {
    // @ts-expect-error every kind but prose is missing
    const partial: { [K in BlockValueKind]: BlockKindModule<K> } = { prose: proseKind };
    const withoutRender: Omit<BlockKindModule<'prose'>, 'render'> = proseKind;
    // @ts-expect-error a module without render is not a module
    const incomplete: BlockKindModule<'prose'> = withoutRender;
    expect([partial, incomplete]).toHaveLength(2);
  });
});
