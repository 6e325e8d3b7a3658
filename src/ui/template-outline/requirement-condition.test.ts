import { describe, expect, it } from 'vitest';
import { requirementCondition } from './requirement-condition';

describe('requirementCondition', () => {
  it('phrases each kind of condition as something a reader can follow', () => {
    expect(requirementCondition({ requirement: 'mandatory', condition: 'data changes' })).toBe('For data changes');
    expect(requirementCondition({ requirement: 'conditional', condition: 'feature involves data' })).toBe('Include if feature involves data');
    expect(requirementCondition({ requirement: 'conditional', condition: 'applicable' })).toBe('Include if applicable');
    expect(requirementCondition({ requirement: 'optional', condition: 'only if tests requested' })).toBe('Only if tests requested');
  });

  it('says nothing when there is no condition', () => {
    expect(requirementCondition({ requirement: 'mandatory' })).toBeNull();
    expect(requirementCondition({ requirement: 'conditional', condition: '  ' })).toBeNull();
  });
});
