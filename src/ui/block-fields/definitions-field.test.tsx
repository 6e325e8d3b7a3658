// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { DefinitionsField } from './definitions-field';

afterEach(cleanup);

const entities = () => blockOf('data-platform-feature-spec.md', 'definitions', 'key-entities');
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;

describe('DefinitionsField', () => {
  it('shows a term and its description per item, hinted by the template', () => {
    renderControlled(DefinitionsField, entities());
    expect(box('Term 1').placeholder).toBe('Entity 1');
    expect(box('Term 2').placeholder).toBe('Entity 2');
    expect(box('Term 1 description').placeholder).toBe('What it represents, key attributes without implementation');
    expect(box('Term 1').value).toBe('');
  });

  it('reports terms and descriptions as typed', () => {
    const { last } = renderControlled(DefinitionsField, entities());
    fireEvent.change(box('Term 1'), { target: { value: 'Pipeline' } });
    fireEvent.change(box('Term 1 description'), { target: { value: 'A scheduled flow of runs' } });
    expect(last().items).toEqual([
      { term: 'Pipeline', text: 'A scheduled flow of runs' },
      { term: '', text: '' },
    ]);
  });

  it('adds and removes items', () => {
    const { last } = renderControlled(DefinitionsField, entities());
    fireEvent.click(screen.getByRole('button', { name: 'Add definition' }));
    expect(last().items).toHaveLength(3);
    expect(document.activeElement).toBe(box('Term 3'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove definition 1' }));
    expect(last().items).toHaveLength(2);
  });

  it('numbers ordered definitions and repeats a generic hint on added rows', () => {
    renderControlled(DefinitionsField, blockOf('product-feature-spec-api-data-model.md', 'definitions'));
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getByText('2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add definition' }));
    expect(box('Term 3').placeholder).toBe('Principle Name');
  });
});
