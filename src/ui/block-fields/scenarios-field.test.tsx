// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { ScenariosField } from './scenarios-field';

afterEach(cleanup);

const story = () => blockOf('data-platform-feature-spec.md', 'scenarios', 'user-story-1');
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('ScenariosField', () => {
  it('shows each scenario as Given / When / Then under the block’s label, with the template’s hints', () => {
    renderControlled(ScenariosField, story());
    const group = screen.getByRole('group', { name: 'Acceptance Scenarios' });
    expect(within(group).getAllByRole('textbox')).toHaveLength(6);
    expect(box('Scenario 1 Given').placeholder).toBe('initial state');
    expect(box('Scenario 1 When').placeholder).toBe('action');
    expect(box('Scenario 2 Then').placeholder).toBe('expected outcome');
    expect(box('Scenario 2 Then').value).toBe('');
  });

  it('reports each step as it is typed', () => {
    const { last } = renderControlled(ScenariosField, story());
    fireEvent.change(box('Scenario 2 When'), { target: { value: 'the run is retried' } });
    expect(last().items).toEqual([
      { given: '', when: '', then: '' },
      { given: '', when: 'the run is retried', then: '' },
    ]);
  });

  it('adds a scenario with the same hints and focuses its Given', () => {
    const { last } = renderControlled(ScenariosField, story());
    fireEvent.click(screen.getByRole('button', { name: 'Add scenario' }));
    expect(last().items).toHaveLength(3);
    expect(document.activeElement).toBe(box('Scenario 3 Given'));
    expect(box('Scenario 3 Given').placeholder).toBe('initial state');
  });

  it('removes a scenario', () => {
    const { last } = renderControlled(ScenariosField, story());
    fireEvent.change(box('Scenario 2 Given'), { target: { value: 'second' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove scenario 1' }));
    expect(last().items).toEqual([{ given: 'second', when: '', then: '' }]);
    expect(screen.queryByRole('textbox', { name: 'Scenario 2 Given' })).toBeNull();
  });
});
