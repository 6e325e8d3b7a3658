// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { TableField } from './table-field';

afterEach(cleanup);

const product = 'product-feature-spec-api-data-model.md';
const risks = () => blockOf(product, 'table', 'risks-mitigations');
const columnsTable = () => blockOf(product, 'table', 'data-model');
const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('TableField', () => {
  it('shows editable column names and one input per cell, hinted by the template', () => {
    renderControlled(TableField, risks());
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5); // four columns and the row buttons
    expect(['Column 1 name', 'Column 2 name', 'Column 3 name', 'Column 4 name'].map((name) => textbox(name).value)).toEqual([
      'Risk',
      'Probability',
      'Impact',
      'Mitigation',
    ]);
    expect(textbox('Row 1 Risk').value).toBe('');
    expect(textbox('Row 1 Risk').placeholder).toBe('Risk');
    expect(textbox('Row 1 Mitigation').placeholder).toBe('Strategy');
  });

  it('offers a select where the template’s column has choices, keeping the template’s text until one is picked', () => {
    const { last } = renderControlled(TableField, risks());
    const probability = screen.getByRole('combobox', { name: 'Row 1 Probability' }) as HTMLSelectElement;
    expect(within(probability).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not set', 'Low/Med/High', 'Low', 'Med', 'High']);
    expect(probability.value).toBe('Low/Med/High');

    fireEvent.change(probability, { target: { value: 'High' } });
    expect(last().rows).toEqual([['', 'High', 'Low/Med/High', '']]);
  });

  it('reports typed cells and renamed columns', () => {
    const start = columnsTable();
    const { last } = renderControlled(TableField, start);
    fireEvent.change(textbox('Row 2 Type'), { target: { value: 'BIGINT' } });
    expect(last().rows[1]).toEqual(['`user_id`', 'BIGINT', 'FOREIGN KEY (users.id)', 'Owner reference']);
    expect(last().rows[0]).toEqual(start.value.rows[0]);

    fireEvent.change(textbox('Column 4 name'), { target: { value: 'Notes' } });
    expect(last().columns).toEqual(['Column', 'Type', 'Constraints', 'Notes']);
    expect(screen.getByRole('textbox', { name: 'Row 1 Notes' })).toBeTruthy();
  });

  it('adds and removes rows, focus following', () => {
    const { last } = renderControlled(TableField, columnsTable());
    fireEvent.click(screen.getByRole('button', { name: 'Add row' }));
    expect(last().rows).toHaveLength(4);
    expect(last().rows[3]).toEqual(['', '', '', '']);
    expect(document.activeElement).toBe(textbox('Row 4 Column'));

    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(last().rows.map((row) => row[0])).toEqual(['`user_id`', '`created_at`', '']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove row 1' }));
  });

  it('adds and removes columns across every row', () => {
    const { last } = renderControlled(TableField, risks());
    fireEvent.click(screen.getByRole('button', { name: 'Add column' }));
    expect(last().columns).toEqual(['Risk', 'Probability', 'Impact', 'Mitigation', '']);
    expect(last().rows).toEqual([['', 'Low/Med/High', 'Low/Med/High', '', '']]);
    expect(document.activeElement).toBe(textbox('Column 5 name'));
    expect(screen.getByRole('button', { name: 'Remove column Column 5' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove column Impact' }));
    expect(last().columns).toEqual(['Risk', 'Probability', 'Mitigation', '']);
    expect(last().rows).toEqual([['', 'Low/Med/High', '', '']]);
    // Choices follow the column by name, not by position.
    expect(screen.getByRole('combobox', { name: 'Row 1 Probability' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Row 1 Mitigation' })).toBeTruthy();
  });

  it('keeps the grid inside its own scroll box', () => {
    const { container } = renderControlled(TableField, risks());
    expect(container.querySelector('.table-field-scroll table')).toBeTruthy();
  });
});
