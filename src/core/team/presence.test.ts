import { describe, expect, it } from 'vitest';
import { defaultColour, peersFrom, presenceColours } from './presence';

const state = (name: string, sectionId: string | null, colour = '#1d6fb8') => ({ presence: 1, user: { name, colour }, sectionId });

describe('presence', () => {
  it('lists the other people with their sections, not oneself', () => {
    const states = new Map<number, unknown>([
      [1, state('Me', 'intro')],
      [2, state('Zoë', 'requirements')],
      [3, state('Ana', null)],
    ]);
    expect(peersFrom(states, 1).map((p) => [p.user.name, p.sectionId])).toEqual([
      ['Ana', null],
      ['Zoë', 'requirements'],
    ]);
  });

  it('leaves out states that do not fit: no name, a colour that is not a colour, another version, garbage', () => {
    const states = new Map<number, unknown>([
      [2, state('', 'x')],
      [3, state('Eve', 'x', 'red; background:url(x)')],
      [4, { ...state('Old', 'x'), presence: 99 }],
      [5, 'garbage'],
      [6, null],
      [7, state('Kept', 'x')],
    ]);
    expect(peersFrom(states, 1).map((p) => p.user.name)).toEqual(['Kept']);
  });

  it('picks a default colour from the palette', () => {
    expect(presenceColours).toContain(defaultColour(12345));
    expect(defaultColour(3)).toBe(defaultColour(3 + presenceColours.length));
  });
});
