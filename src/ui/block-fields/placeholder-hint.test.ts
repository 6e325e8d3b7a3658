import { describe, expect, it } from 'vitest';
import { placeholderHint, rowHint } from './placeholder-hint';

describe('placeholderHint', () => {
  it('shows what a lone placeholder asks for', () => {
    expect(placeholderHint('[initial state]')).toBe('initial state');
    expect(placeholderHint(' [Entity 1] ')).toBe('Entity 1');
    expect(placeholderHint('<token>')).toBe('token');
  });

  it('shows other text as written', () => {
    expect(placeholderHint('System MUST [specific capability]')).toBe('System MUST [specific capability]');
    expect(placeholderHint('Feature or capability A')).toBe('Feature or capability A');
    expect(placeholderHint(undefined)).toBe('');
  });
});

describe('rowHint', () => {
  it('uses the template’s item at the same place, and a generic one for added rows', () => {
    expect(rowHint(['[Scenario]', '[Scenario]'], 1)).toBe('Scenario');
    expect(rowHint(['[Scenario]', '[Scenario]'], 4)).toBe('Scenario');
    expect(rowHint(['[Entity 1]', '[Entity 2]'], 2)).toBe('');
    expect(rowHint([], 0)).toBe('');
  });
});
