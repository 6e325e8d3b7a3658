import { describe, expect, it } from 'vitest';
import { isVersion } from './is-version';

describe('isVersion', () => {
  it('takes X.Y.Z with optional pre-release and build', () => {
    for (const v of ['0.0.0', '1.2.3', '10.20.30', '2.0.0-rc.1', '1.0.0-alpha-beta.2', '1.0.0+build.7', '1.0.0-rc.1+sha.9f1c']) expect(isVersion(v), v).toBe(true);
  });

  it('refuses the rest, quickly even when long', () => {
    for (const v of ['1.2', 'v1.2.3', '01.2.3', '1.2.3.4', '1.2.3-', '1.2.3+', '1.2.3-a..b', 'latest', '']) expect(isVersion(v), v).toBe(false);
    const started = performance.now();
    expect(isVersion(`1.2.3-${'a.'.repeat(100_000)}`)).toBe(false);
    expect(isVersion(`1.2.3-${'a-'.repeat(100_000)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
