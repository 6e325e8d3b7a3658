// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockOf } from './__fixtures__/block-of';
import { renderControlled } from './__fixtures__/render-controlled';
import { CodeField } from './code-field';

afterEach(cleanup);

const product = 'product-feature-spec-api-data-model.md';
const inputSchema = () => blockOf(product, 'code', 'tool-tool-name#1');

describe('CodeField', () => {
  it('shows the code in a monospace field without spellcheck, with its language', () => {
    renderControlled(CodeField, inputSchema());
    const code = screen.getByRole('textbox', { name: 'Input Schema code' }) as HTMLTextAreaElement;
    expect(code.value).toContain('"parameter1": "string"');
    expect(code.getAttribute('spellcheck')).toBe('false');
    expect((screen.getByRole('textbox', { name: 'Language' }) as HTMLInputElement).value).toBe('json');
  });

  it('checks JSON as it is typed: error with line and column, cleared when valid again', () => {
    const { last } = renderControlled(CodeField, inputSchema());
    const code = screen.getByRole('textbox', { name: 'Input Schema code' });
    expect(screen.getByText('Valid JSON', { selector: '.code-field-status' })).toBeTruthy();

    fireEvent.change(code, { target: { value: '{\n  "a": 1,\n}' } });
    expect(last().code).toBe('{\n  "a": 1,\n}');
    expect(screen.getByText("Invalid JSON at line 3, column 1: Unexpected '}': no trailing comma allowed")).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Invalid JSON');
    const described = (code.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.some((text) => text.startsWith('Invalid JSON at line 3'))).toBe(true);

    fireEvent.change(code, { target: { value: '{\n  "a": 1\n}' } });
    expect(screen.queryByText(/Invalid JSON at/)).toBeNull();
    expect(live?.textContent).toBe('Valid JSON');
    expect(code.getAttribute('aria-invalid')).toBe('false');
  });

  it('checks only JSON', () => {
    const { last } = renderControlled(CodeField, blockOf(product, 'code', 'migration-strategy'));
    expect(screen.queryByText(/JSON/)).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Language' }), { target: { value: 'json' } });
    expect(last().lang).toBe('json');
    expect(screen.getByText(/^Invalid JSON at line 1, column 1/)).toBeTruthy();
  });

  it('indents with Tab, and lets the keyboard leave with Shift+Tab or Escape then Tab', () => {
    const { last, onChange } = renderControlled(CodeField, inputSchema());
    const code = screen.getByRole('textbox', { name: 'Input Schema code' }) as HTMLTextAreaElement;
    const before = code.value;
    code.focus();
    code.setSelectionRange(2, 2);

    expect(fireEvent.keyDown(code, { key: 'Tab' })).toBe(false); // default prevented: no focus move
    expect(last().code).toBe(`${before.slice(0, 2)}  ${before.slice(2)}`);
    expect(code.selectionStart).toBe(4);

    const calls = onChange.mock.calls.length;
    expect(fireEvent.keyDown(code, { key: 'Tab', shiftKey: true })).toBe(true);
    fireEvent.keyDown(code, { key: 'Escape' });
    expect(fireEvent.keyDown(code, { key: 'Tab' })).toBe(true);
    expect(onChange.mock.calls.length).toBe(calls);

    // Released once only: the next Tab indents again.
    expect(fireEvent.keyDown(code, { key: 'Tab' })).toBe(false);
  });

  it('tells keyboard users how to leave', () => {
    renderControlled(CodeField, inputSchema());
    const code = screen.getByRole('textbox', { name: 'Input Schema code' });
    const described = (code.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Tab indents. Press Esc, then Tab, to leave.');
  });
});
