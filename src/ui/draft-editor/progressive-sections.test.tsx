// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { countWithin, FIRST_SCREEN_SECTIONS, revealAllSections, useProgressiveCount } from './progressive-sections';

afterEach(cleanup);

function List({ weights, enabled = true }: { weights: number[]; enabled?: boolean }) {
  const shown = useProgressiveCount(weights, enabled);
  return (
    <ol>
      {weights.slice(0, shown).map((_, k) => (
        <li key={k}>Section {k + 1}</li>
      ))}
    </ol>
  );
}

const shownCount = () => screen.queryAllByRole('listitem').length;
const nextTasks = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('countWithin', () => {
  it('takes sections until the budget is spent, a whole subtree at a time, and always at least one', () => {
    expect(countWithin([1, 1, 1, 1, 1, 1, 1, 1], 0, 6)).toBe(6);
    expect(countWithin([3, 3, 3], 0, 6)).toBe(2);
    expect(countWithin([40, 1, 1], 0, 6)).toBe(1);
    expect(countWithin([1, 1, 1, 1], 2, 6)).toBe(4);
    expect(countWithin([1, 1], 2, 6)).toBe(2);
  });
});

describe('useProgressiveCount', () => {
  it('renders a screenful first and the rest after, until every section is there', async () => {
    const weights = Array.from({ length: 40 }, () => 1);
    render(<List weights={weights} />);
    expect(shownCount()).toBe(FIRST_SCREEN_SECTIONS);
    for (let k = 0; k < 20 && shownCount() < 40; k++) await nextTasks();
    expect(shownCount()).toBe(40);
  });

  it('renders everything at once when asked (a jump to a section not yet there)', () => {
    render(<List weights={Array.from({ length: 40 }, () => 1)} />);
    expect(shownCount()).toBe(FIRST_SCREEN_SECTIONS);
    revealAllSections();
    expect(shownCount()).toBe(40);
  });

  it('keeps showing everything once all were shown, so a section added later appears at once', async () => {
    const { rerender } = render(<List weights={[1, 1]} />);
    await nextTasks();
    rerender(<List weights={[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]} />);
    expect(shownCount()).toBe(10);
  });

  it('shows everything from the start when not enabled (nested lists)', () => {
    render(<List weights={Array.from({ length: 40 }, () => 1)} enabled={false} />);
    expect(shownCount()).toBe(40);
  });
});
