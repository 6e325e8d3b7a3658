import { describe, expect, it } from 'vitest';
import { namedPlaceholders } from './select-named-placeholder';

describe('namedPlaceholders', () => {
  it('finds bracketed, braced and angled runs in order', () => {
    expect(namedPlaceholders('SC-004 still has the placeholder [Operational metric: logs].')).toEqual(['[Operational metric: logs]']);
    expect(namedPlaceholders('Owner still has the placeholders {team} and <name>.')).toEqual(['{team}', '<name>']);
    expect(namedPlaceholders('The title is empty.')).toEqual([]);
  });
});
