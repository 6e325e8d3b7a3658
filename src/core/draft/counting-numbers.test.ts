import { describe, expect, it } from 'vitest';
import { continueCounting, countingNumbers, templateItemTitle } from './counting-numbers';

const stories = ['User Story 1 - [Brief Title] (Priority: P1)', 'User Story 2 - [Brief Title] (Priority: P2)', 'User Story 3 - [Brief Title] (Priority: P3)'];

describe('counting numbers of repeated items', () => {
  it('finds the priority that counts with the stories, not the story number', () => {
    expect(countingNumbers(stories, 'User Story')).toEqual([{ before: '(Priority: P', last: 3 }]);
  });

  it('finds none in one item, in numbers that do not count, or where items differ', () => {
    expect(countingNumbers(stories.slice(0, 1), 'User Story')).toEqual([]);
    expect(countingNumbers(['Phase 1 (week 2)', 'Phase 2 (week 2)'], 'Phase')).toEqual([]);
    expect(countingNumbers(['Step 1 of 3', 'Step 2'], 'Step')).toEqual([]);
  });

  it('goes on after the highest value the items have now', () => {
    const numbers = countingNumbers(stories, 'User Story');
    const now = ['User Story 1 - Login (Priority: P1)', 'User Story 2 - Export (Priority: P3)'];
    expect(continueCounting('User Story 1 - [Brief Title] (Priority: P1)', numbers, now)).toBe('User Story 1 - [Brief Title] (Priority: P4)');
    expect(continueCounting('User Story 1 - [Brief Title] (Priority: P1)', numbers, ['User Story 1 - Login'])).toBe('User Story 1 - [Brief Title] (Priority: P4)');
  });

  it('writes the title the template would have at any place', () => {
    expect(templateItemTitle(stories, 'User Story', 1)).toBe(stories[1]);
    expect(templateItemTitle(stories, 'User Story', 4)).toBe('User Story 5 - [Brief Title] (Priority: P5)');
    expect(templateItemTitle(['[Category 1]', '[Category 2]'], 'Category', 2)).toBe('[Category 3]');
  });
});
