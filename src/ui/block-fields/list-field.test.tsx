// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { ListField } from './list-field';

afterEach(cleanup);

const product = 'product-feature-spec-api-data-model.md';
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('ListField', () => {
  it('shows a bulleted list’s items with the template’s hints', () => {
    renderControlled(ListField, blockOf(product, 'list', 'goals#1'));
    const group = screen.getByRole('group', { name: 'Secondary Goals' });
    expect(within(group).getByRole('list').tagName).toBe('UL');
    expect(box('Item 1').placeholder).toBe('Additional benefit 1');
    expect(box('Item 2').placeholder).toBe('Additional benefit 2');
  });

  it('keeps the template’s own text as the starting value', () => {
    renderControlled(ListField, blockOf('opportunity-solution-spec.md', 'list', 'scope-boundaries#0'));
    expect(box('Item 1').value).toBe('Feature or capability A');
  });

  it('numbers an ordered list', () => {
    renderControlled(ListField, blockOf(product, 'list', 'testing-requirements/integration-tests'));
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getByText('1.')).toBeTruthy();
    expect(within(list).getByText('2.')).toBeTruthy();
  });

  it('reports typing, moving, adding and removing', () => {
    const { last } = renderControlled(ListField, blockOf('opportunity-solution-spec.md', 'list', 'scope-boundaries#0'));
    fireEvent.change(box('Item 2'), { target: { value: 'Export to CSV\nwith headers' } });
    expect(last().items).toEqual(['Feature or capability A', 'Export to CSV\nwith headers', 'Feature or capability C']);

    fireEvent.click(screen.getByRole('button', { name: 'Move item 2 up' }));
    expect(last().items).toEqual(['Export to CSV\nwith headers', 'Feature or capability A', 'Feature or capability C']);
    // At the top Move up is disabled, so focus lands on the moved item's other move button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move item 1 down' }));

    fireEvent.click(screen.getByRole('button', { name: 'Move item 3 down' }));
    expect(last().items[2]).toBe('Feature or capability C');

    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(last().items).toHaveLength(4);
    expect(document.activeElement).toBe(box('Item 4'));

    fireEvent.click(screen.getByRole('button', { name: 'Remove item 1' }));
    expect(last().items).toEqual(['Feature or capability A', 'Feature or capability C', '']);
  });
});
