import type { FileResult } from './check-message';
import { countProblems } from './count-problems';

/**
 * ESLint's exit codes: 2 when a file could not be read, 1 when errors remain
 * or there are more warnings than `maxWarnings` (when given), else 0.
 */
export function exitCode(results: readonly FileResult[], maxWarnings?: number): 0 | 1 | 2 {
  const { errors, warnings, unreadable } = countProblems(results);
  if (unreadable > 0) return 2;
  if (errors > 0) return 1;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
