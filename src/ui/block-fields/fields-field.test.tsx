// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftOfTemplate } from './__fixtures__/draft-of-template';
import type { BlockOf, ValueOf } from './block-field-props';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { FieldRow } from './field-row';
import { FieldsField } from './fields-field';

afterEach(cleanup);

const product = 'product-feature-spec-api-data-model.md';

/** The draft's metadata as a fields block, the way the editor shows it. */
function metadataBlock(file: string): { block: BlockOf<'fields'>; value: ValueOf<'fields'> } {
  const draft = draftOfTemplate(file);
  return {
    block: { kind: 'fields', id: '@metadata', style: 'lines', fields: draft.template.metadata, line: 0 },
    value: { kind: 'fields', blockId: '@metadata', values: draft.metadata },
  };
}

describe('FieldsField', () => {
  it('labels each text field, shows the template text as placeholder and its help as description', () => {
    const { last } = renderControlled(FieldsField, blockOf(product, 'fields', 'problem-statement'));
    const impact = screen.getByRole('textbox', { name: 'User Impact' });
    expect(impact.getAttribute('placeholder')).toBe('Who is affected and how?');
    const help = document.getElementById(impact.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('Who is affected and how?');

    fireEvent.change(impact, { target: { value: 'Agents retry blindly' } });
    expect(last().values).toMatchObject({ 'user-impact': 'Agents retry blindly', 'current-workaround': '' });
  });

  it('uses a one-line input for a short template value and a textarea for a long one', () => {
    renderControlled(FieldsField, metadataBlock(product));
    expect(screen.getByRole('textbox', { name: 'Author' }).tagName).toBe('INPUT');
    cleanup();
    renderControlled(FieldsField, blockOf('opportunity-solution-spec.md', 'fields', 'problem-value'));
    expect(screen.getByRole('textbox', { name: 'Problem' }).tagName).toBe('TEXTAREA');
  });

  it('groups a labelled block under its label', () => {
    renderControlled(FieldsField, blockOf('opportunity-solution-spec.md', 'fields', 'edge-cases-risks'));
    const group = screen.getByRole('group', { name: 'Edge Cases to Handle' });
    expect(within(group).getAllByRole('textbox').length).toBeGreaterThan(0);
  });

  it('offers an enum’s options in a select, starting from the draft’s value', () => {
    const { last } = renderControlled(FieldsField, blockOf(product, 'fields', 'footer'));
    const status = screen.getByRole('combobox', { name: 'Spec Status' }) as HTMLSelectElement;
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Draft', 'Approved', 'Implemented']);
    expect(status.value).toBe('Draft');

    fireEvent.change(status, { target: { value: 'Approved' } });
    expect(last().values['spec-status']).toBe('Approved');
  });

  it('offers an empty choice when the template leaves the enum empty', () => {
    const draft = draftOfTemplate('opportunity-solution-spec.md');
    renderControlled(FieldsField, {
      block: { kind: 'fields', id: '@frontmatter', style: 'lines', fields: draft.template.frontmatter ?? [], line: 0 },
      value: { kind: 'fields', blockId: '@frontmatter', values: draft.frontmatter },
    });
    const owner = screen.getByRole('combobox', { name: 'owner' }) as HTMLSelectElement;
    expect(within(owner).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not set', 'team', 'engineering', 'product', 'design']);
    expect(owner.value).toBe('');
    // status has a default, so no empty choice
    const status = screen.getByRole('combobox', { name: 'status' });
    expect(within(status).queryByRole('option', { name: 'Not set' })).toBeNull();
  });

  it('edits a date with a date input that gives YYYY-MM-DD', () => {
    const { last } = renderControlled(FieldsField, blockOf(product, 'fields', 'footer'));
    const updated = screen.getByLabelText('Last Updated') as HTMLInputElement;
    expect(updated.type).toBe('date');
    expect(updated.value).toBe('2026-11-21');

    fireEvent.change(updated, { target: { value: '2027-02-03' } });
    expect(last().values['last-updated']).toBe('2027-02-03');
  });

  it('checks a version against major.minor.patch and says so', () => {
    const { last } = renderControlled(FieldsField, metadataBlock(product));
    const version = screen.getByRole('textbox', { name: 'Version' }) as HTMLInputElement;
    expect(version.pattern).toBe('\\d+\\.\\d+\\.\\d+');
    expect(version.placeholder).toBe('X.Y.Z');
    const described = (version.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Major.minor.patch, for example 1.4.0');

    fireEvent.change(version, { target: { value: '1.2' } });
    expect(version.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(version, { target: { value: '1.2.0' } });
    expect(version.getAttribute('aria-invalid')).toBe('false');
    expect(last().values.version).toBe('1.2.0');
  });

  it('keeps a hand-written date editable as text', () => {
    const { block } = blockOf(product, 'fields', 'footer');
    const field = block.fields.find((f) => f.type === 'date')!;
    render(<FieldRow field={field} value="Q3 2026" onChange={() => {}} id="f" />);
    const input = screen.getByRole('textbox', { name: 'Last Updated' }) as HTMLInputElement;
    expect(input.value).toBe('Q3 2026');
  });
});
