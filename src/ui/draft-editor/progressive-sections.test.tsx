// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { countWithin, FIRST_SCREEN_SECTIONS, revealAllSections, SECTIONS_PER_CHUNK, useProgressiveCount, type ProgressiveSizes } from './progressive-sections';

afterEach(cleanup);

/** Lists the sections shown; `commits` gets the count of every commit, in order. */
function List({ weights, enabled = true, commits = [], onCommit, sizes }: { weights: number[]; enabled?: boolean; commits?: number[]; onCommit?: () => void; sizes?: ProgressiveSizes }) {
  const shown = useProgressiveCount(weights, enabled, sizes);
  useLayoutEffect(() => {
    commits.push(Math.min(shown, weights.length));
    onCommit?.();
  });
  return (
    <ol>
      {weights.slice(0, shown).map((_, k) => (
        <li key={k}>Section {k + 1}</li>
      ))}
    </ol>
  );
}

const shownCount = () => screen.queryAllByRole('listitem').length;
const forty = () => Array.from({ length: 40 }, () => 1);
/** Lets the chunks scheduled after each paint run (timers here: the test DOM has no Scheduler API). */
async function settle() {
  for (let k = 0; k < 20; k++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

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
  it('renders a screenful first and the rest after, a chunk per commit, until every section is there', async () => {
    const commits: number[] = [];
    render(<List weights={forty()} commits={commits} />);
    expect(commits).toEqual([FIRST_SCREEN_SECTIONS]);
    await settle();
    expect(commits.at(-1)).toBe(40);
    const steps = commits.slice(1).map((n, k) => n - (commits[k] ?? 0));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) expect(step).toBeLessThanOrEqual(SECTIONS_PER_CHUNK);
    expect(shownCount()).toBe(40);
  });

  it('takes a list of its own first screen and chunk sizes (the outline, one line an item)', async () => {
    const commits: number[] = [];
    render(<List weights={forty()} commits={commits} sizes={{ first: 15, chunk: 20 }} />);
    expect(commits).toEqual([15]);
    await settle();
    // (Once all are in, one more commit marks the list complete: the same 40.)
    expect([...new Set(commits)]).toEqual([15, 35, 40]);
  });

  it('renders everything at once when asked (a jump to a section not yet there)', async () => {
    // Outside act(), so the commits come as they would in a browser, and the reveal can land between them.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const previous = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      const commits: number[] = [];
      await new Promise<void>((resolve) => {
        // Right after the second commit, before the third: the reveal must not wait for the chunks still to come.
        const onCommit = () => {
          if (commits.length === 2)
            queueMicrotask(() => {
              revealAllSections();
              resolve();
            });
        };
        root.render(<List weights={forty()} commits={commits} onCommit={onCommit} />);
      });
      expect(commits.slice(0, 3)).toEqual([FIRST_SCREEN_SECTIONS, FIRST_SCREEN_SECTIONS + SECTIONS_PER_CHUNK, 40]);
      expect(container.querySelectorAll('li')).toHaveLength(40);
    } finally {
      root.unmount();
      container.remove();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = previous;
    }
  });

  it('keeps showing everything once all were shown, so a section added later appears at once', async () => {
    const { rerender } = render(<List weights={[1, 1]} />);
    await settle();
    rerender(<List weights={[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]} />);
    expect(shownCount()).toBe(10);
  });

  it('shows everything from the start when not enabled (nested lists)', () => {
    const commits: number[] = [];
    render(<List weights={forty()} enabled={false} commits={commits} />);
    expect(commits[0]).toBe(40);
  });
});
