// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { ChecklistField } from './checklist-field';

afterEach(cleanup);

const criteria = () => blockOf('product-feature-spec-api-data-model.md', 'checklist', 'as-an-agent');

describe('ChecklistField', () => {
  it('shows a checkbox and a text per item, with the template’s hint', () => {
    renderControlled(ChecklistField, criteria());
    expect(screen.getByRole('group', { name: 'Acceptance Criteria' })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Item 1 done' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('textbox', { name: 'Item 2' }) as HTMLTextAreaElement).placeholder).toBe('Specific, testable criterion');
  });

  it('reports checking and typing', () => {
    const { last } = renderControlled(ChecklistField, criteria());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Item 2 done' }));
    expect(last().items).toEqual([
      { checked: false, text: '' },
      { checked: true, text: '' },
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Item 1' }), { target: { value: 'Returns 404 for unknown ids' } });
    expect(last().items[0]).toEqual({ checked: false, text: 'Returns 404 for unknown ids' });
  });

  it('adds and removes items', () => {
    const { last } = renderControlled(ChecklistField, criteria());
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect(last().items).toHaveLength(3);
    const added = screen.getByRole('textbox', { name: 'Item 3' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(added);
    expect(added.placeholder).toBe('Specific, testable criterion');

    fireEvent.change(added, { target: { value: 'third' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove item 1' }));
    expect(last().items).toEqual([
      { checked: false, text: '' },
      { checked: false, text: 'third' },
    ]);
  });
});
