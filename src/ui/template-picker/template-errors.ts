import type { Problem } from '../../core/template/schema';

/** The problems that make a template unusable; warnings alone do not. */
export function templateErrors(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}
