// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlockValue } from '../../core/draft/draft-schema';
import type { Block } from '../../core/template/schema';
import { BlockField } from './block-field';
import { draftOfTemplate } from './__fixtures__/draft-of-template';
import { templateLookup } from '../../core/draft/template-lookup';

afterEach(cleanup);

const draft = draftOfTemplate('data-platform-feature-spec.md');
const { blocks } = templateLookup(draft.template);
const edgeCases = draft.sections.find((s) => s.id === 'user-scenarios-testing')!.children.find((s) => s.id.endsWith('edge-cases'))!;

function pair(kind: Block['kind']): { block: Block; value: BlockValue | undefined } {
  const block = [...blocks.values()].find((b) => b.kind === kind);
  if (!block) throw new Error(`no ${kind} block`);
  const values = [...draft.preamble, ...flatten(draft.sections).flatMap((s) => s.blocks)];
  return { block, value: values.find((v) => v.blockId === block.id) };
}

function flatten(sections: typeof draft.sections): typeof draft.sections {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

describe('BlockField', () => {
  it('picks the control for the block’s kind and passes edits through', () => {
    const onChange = vi.fn();
    const { block, value } = pair('idList');
    render(<BlockField block={block} value={value} onChange={onChange} idBase="b" renderProse={() => null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add FR' }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ kind: 'idList', blockId: block.id }));
  });

  it('leaves prose to the caller’s editor', () => {
    const { block, value } = pair('prose');
    const renderProse = vi.fn(() => <p>prose editor</p>);
    render(<BlockField block={block} value={value} onChange={() => {}} idBase="b" renderProse={renderProse} />);
    expect(screen.getByText('prose editor')).toBeTruthy();
    expect(renderProse).toHaveBeenCalledWith(block, value, expect.any(Function));
  });

  it('draws a rule as a separator and nothing for raw lines or a value of another kind', () => {
    const { container, rerender } = render(
      <BlockField block={pair('rule').block} value={undefined} onChange={() => {}} idBase="b" renderProse={() => null} />,
    );
    expect(screen.getByRole('separator')).toBeTruthy();
    rerender(<BlockField block={{ kind: 'raw', id: 'r', text: '[x]: #x', line: 1 }} value={undefined} onChange={() => {}} idBase="b" renderProse={() => null} />);
    expect(container.innerHTML).toBe('');
    rerender(<BlockField block={pair('list').block} value={pair('idList').value} onChange={() => {}} idBase="b" renderProse={() => null} />);
    expect(container.innerHTML).toBe('');
  });

  it('renders a list block from a real draft', () => {
    const value = edgeCases.blocks[0]!;
    const block = blocks.get(value.blockId)!;
    render(<BlockField block={block} value={value} onChange={() => {}} idBase="b" renderProse={() => null} />);
    expect((screen.getByRole('textbox', { name: 'Item 1' }) as HTMLTextAreaElement).value).toBe('What happens when [boundary condition]?');
  });
});
