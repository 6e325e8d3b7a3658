import { describe, expect, it } from 'vitest';
import { readTitleParts, titleShape, writeTitlePart } from './title-parts';

const story = 'User Story 1 - [Brief Title] (Priority: P1)';

describe('title parts of a repeated item', () => {
  it('splits out the placeholder and the (Name: value) pair', () => {
    const shape = titleShape(story)!;
    expect(shape.names).toEqual(['Brief Title', 'Priority']);
    expect(readTitleParts(shape, 'User Story 3 - Export CSV (Priority: P2)')).toEqual([
      { name: 'Brief Title', value: 'Export CSV' },
      { name: 'Priority', value: 'P2' },
    ]);
  });

  it('writes one part and keeps the rest, the renumbered number included', () => {
    const shape = titleShape(story)!;
    expect(writeTitlePart(shape, 'User Story 4 - [Brief Title] (Priority: P4)', 0, 'Rename filters')).toBe('User Story 4 - Rename filters (Priority: P4)');
    expect(writeTitlePart(shape, 'User Story 4 - Rename filters (Priority: P4)', 1, 'P2')).toBe('User Story 4 - Rename filters (Priority: P2)');
    expect(writeTitlePart(shape, 'User Story 4 - x (Priority: P4)', 0, 'two\nlines')).toBe('User Story 4 - two lines (Priority: P4)');
  });

  it('gives no parts for a title without any, or one edited out of the template’s shape', () => {
    expect(titleShape('Edge Cases')).toBeNull();
    const shape = titleShape(story)!;
    expect(readTitleParts(shape, 'Login flow')).toBeNull();
    expect(writeTitlePart(shape, 'Login flow', 0, 'x')).toBe('Login flow');
    expect(titleShape('Requirement 1: [Name]')!.names).toEqual(['Name']);
  });
});
