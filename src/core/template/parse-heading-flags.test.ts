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
    ['Decision Drivers <!-- optional -->', { title: 'Decision Drivers', requirement: 'optional' }],
    ['Positive Consequences <!--optional-->  ', { title: 'Positive Consequences', requirement: 'optional' }],
    ['Risks *(mandatory)* <!-- optional -->', { title: 'Risks', requirement: 'mandatory' }],
    ['Links <!-- see the ADR index -->', { title: 'Links <!-- see the ADR index -->', requirement: 'none' }],
    ['Summary', { title: 'Summary', requirement: 'none' }],
    ['User Story 1 - [Brief Title] (Priority: P1)', { title: 'User Story 1 - [Brief Title] (Priority: P1)', requirement: 'none' }],
  ])('%s', (heading, expected) => {
    expect(parseHeadingFlags(heading)).toEqual(expected);
  });
});

describe('parseHeadingFlags on crafted headings', () => {
  // As in bad-templates.test.ts, the hang guard is the test's timeout: quadratic takes seconds here, linear milliseconds.
  it('stays linear on long runs of spaces and comment openers', () => {
    expect(parseHeadingFlags(`A${' '.repeat(100_000)}B`).requirement).toBe('none');
    expect(parseHeadingFlags(`A ${'<!-- '.repeat(20_000)}`).requirement).toBe('none');
    expect(parseHeadingFlags(`A ${' <!--optional'.repeat(10_000)} -->x`).requirement).toBe('none');
    expect(parseHeadingFlags(`A${' \t'.repeat(50_000)}<!-- optional -->`)).toEqual({ title: 'A', requirement: 'optional' });
  }, 500);
});
