import { describe, expect, it } from 'vitest';
import { parseHeadingFlags } from './parse-heading-flags';

describe('parseHeadingFlags', () => {
  it.each([
    ['User Scenarios & Testing *(mandatory)*', { title: 'User Scenarios & Testing', requirement: 'mandatory' }],
    ['Requirements _(mandatory)_', { title: 'Requirements', requirement: 'mandatory' }],
    ['Data Integrity & Invariants *(mandatory for data changes)*', { title: 'Data Integrity & Invariants', requirement: 'mandatory', condition: 'data changes' }],
    ['Key Entities *(include if feature involves data)*', { title: 'Key Entities', requirement: 'conditional', condition: 'feature involves data' }],
    ['REST Endpoints (if applicable)', { title: 'REST Endpoints', requirement: 'conditional', condition: 'applicable' }],
    ['Alternatives (Optional)', { title: 'Alternatives', requirement: 'optional' }],
    ['Tests for User Story 1 (OPTIONAL - only if tests requested) ⚠️', { title: 'Tests for User Story 1 ⚠️', requirement: 'optional', condition: 'only if tests requested' }],
    ['Summary', { title: 'Summary', requirement: 'none' }],
    ['User Story 1 - [Brief Title] (Priority: P1)', { title: 'User Story 1 - [Brief Title] (Priority: P1)', requirement: 'none' }],
  ])('%s', (heading, expected) => {
    expect(parseHeadingFlags(heading)).toEqual(expected);
  });
});
