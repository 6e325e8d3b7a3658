// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft } from '../../core/draft/create-draft';
import { parseTemplate } from '../../core/template/parse-template';
import type { BlockOf, ValueOf } from './block-field-props';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { IdListField } from './id-list-field';

afterEach(cleanup);

const dataPlatform = 'data-platform-feature-spec.md';
const ids = (value: ValueOf<'idList'>) => value.items.map((i) => i.id);
const texts = (value: ValueOf<'idList'>) => value.items.map((i) => i.text);
const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('IdListField', () => {
  it('shows each requirement under its read-only ID, leaving out the template’s examples', () => {
    const start = blockOf(dataPlatform, 'idList', 'functional-requirements');
    renderControlled(IdListField, start);
    expect(screen.getAllByRole('textbox').map((t) => (t as HTMLTextAreaElement).value)).toEqual(
      texts(start.value),
    );
    expect(screen.getByText('FR-005')).toBeTruthy();
    expect(screen.queryByText('FR-006')).toBeNull();
    expect(box('FR-002').value).toBe('System MUST [preserve run history as timestamped events, not status overwrite]');
  });

  it('shows the template’s text as placeholder where the draft starts empty', () => {
    renderControlled(IdListField, blockOf(dataPlatform, 'idList', 'data-integrity'));
    const first = box('DI-001');
    expect(first.value).toBe('');
    expect(first.placeholder).toBe('List uniqueness/identity rules, e.g., `pipeline_id + external_run_id`');
  });

  it('reports typed text for its item only', () => {
    const start = blockOf(dataPlatform, 'idList', 'functional-requirements');
    const { last } = renderControlled(IdListField, start);
    fireEvent.change(box('FR-002'), { target: { value: 'System MUST keep run history' } });
    expect(texts(last())).toEqual([start.value.items[0]!.text, 'System MUST keep run history', ...texts(start.value).slice(2)]);
    expect(ids(last())).toEqual(ids(start.value));
  });

  it('removes an item and renumbers the rest, focus staying on the row that moved up', () => {
    const start = blockOf(dataPlatform, 'idList', 'functional-requirements');
    const { last } = renderControlled(IdListField, start);
    fireEvent.click(screen.getByRole('button', { name: 'Remove FR-002' }));
    expect(ids(last())).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004']);
    expect(texts(last())).toEqual([0, 2, 3, 4].map((k) => start.value.items[k]!.text));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove FR-002' }));
    expect(screen.queryByText('FR-005')).toBeNull();
  });

  it('moves items up and down, renumbering, with focus following the moved item', () => {
    const start = blockOf(dataPlatform, 'idList', 'functional-requirements');
    const { last } = renderControlled(IdListField, start);
    const [a, b, c] = texts(start.value);

    fireEvent.click(screen.getByRole('button', { name: 'Move FR-003 up' }));
    expect(ids(last())).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005']);
    expect(texts(last()).slice(0, 3)).toEqual([a, c, b]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move FR-002 up' }));

    fireEvent.click(screen.getByRole('button', { name: 'Move FR-001 down' }));
    expect(texts(last()).slice(0, 3)).toEqual([c, a, b]);

    expect((screen.getByRole('button', { name: 'Move FR-001 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move FR-005 down' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds the next ID from the prefix and focuses it', () => {
    const { last } = renderControlled(IdListField, blockOf(dataPlatform, 'idList', 'functional-requirements'));
    fireEvent.click(screen.getByRole('button', { name: 'Add FR' }));
    expect(ids(last())).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005', 'FR-006']);
    expect(last().items[5]).toEqual({ id: 'FR-006', text: '' });
    expect(document.activeElement).toBe(box('FR-006'));
  });

  it('starts again at the first ID after every item was removed', () => {
    const { last } = renderControlled(IdListField, blockOf(dataPlatform, 'idList', 'data-integrity'));
    for (const id of ['DI-004', 'DI-003', 'DI-002', 'DI-001']) fireEvent.click(screen.getByRole('button', { name: `Remove ${id}` }));
    expect(last().items).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add DI' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add DI' }));
    expect(ids(last())).toEqual(['DI-001']);
  });

  describe('task lists (spec-kit T001)', () => {
    const tasks = `# Tasks: [FEATURE NAME]

## Phase 2: Core

- [ ] T004 Create the [entity] model
- [ ] T005 [P] Add the [endpoint] endpoint
- [x] T006 Wire up logging
`;
    function taskBlock(): { block: BlockOf<'idList'>; value: ValueOf<'idList'> } {
      const { template } = parseTemplate(tasks, { id: 'tasks' });
      const draft = createDraft(template, { id: 'd', now: new Date('2026-11-21T00:00:00Z') });
      const block = template.sections[0]!.blocks[0]!;
      const value = draft.sections[0]!.blocks[0]!;
      if (block.kind !== 'idList' || value.kind !== 'idList') throw new Error('expected a task list');
      return { block, value };
    }

    it('gives each task a checkbox and keeps the numbering where the list starts', () => {
      const { last } = renderControlled(IdListField, taskBlock());
      const done = screen.getByRole('checkbox', { name: 'T006 done' }) as HTMLInputElement;
      expect(done.checked).toBe(true);
      fireEvent.click(screen.getByRole('checkbox', { name: 'T004 done' }));
      expect(last().items[0]).toMatchObject({ id: 'T004', checked: true });

      fireEvent.click(screen.getByRole('button', { name: 'Add T' }));
      expect(last().items.at(-1)).toEqual({ id: 'T007', text: '', checked: false });
      fireEvent.click(screen.getByRole('button', { name: 'Remove T004' }));
      expect(ids(last())).toEqual(['T004', 'T005', 'T006']);
    });

    it('restarts an emptied task list at the template’s first ID', () => {
      const { last } = renderControlled(IdListField, taskBlock());
      for (const id of ['T006', 'T005', 'T004']) fireEvent.click(screen.getByRole('button', { name: `Remove ${id}` }));
      fireEvent.click(screen.getByRole('button', { name: 'Add T' }));
      expect(ids(last())).toEqual(['T004']);
    });
  });
});
