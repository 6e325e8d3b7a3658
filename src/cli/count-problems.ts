import type { FileResult } from './check-message';

export type ProblemCount = { errors: number; warnings: number; unreadable: number };

export function countProblems(results: readonly FileResult[]): ProblemCount {
  const count: ProblemCount = { errors: 0, warnings: 0, unreadable: 0 };
  for (const result of results) {
    if (result.unreadable) count.unreadable++;
    for (const m of result.messages) count[m.severity === 'error' ? 'errors' : 'warnings']++;
  }
  return count;
}
