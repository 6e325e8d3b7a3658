import type { Finding } from './finding';

export type FindingSummary = { errors: number; warnings: number };

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
