import type { FileResult } from './check-message';
import { countProblems } from './count-problems';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * ESLint's stylish output: each file with findings, the template it was
 * checked against, then one aligned line per finding (line:column, severity,
 * code, message); a summary line last.
 */
export function formatStylish(results: readonly FileResult[]): string {
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push('', result.templateId ? `${result.filePath}  (template: ${result.templateId})` : result.filePath);
    const places = result.messages.map((m) => `${m.line}:${m.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    const codeWidth = Math.max(...result.messages.map((m) => m.code.length));
    result.messages.forEach((m, k) => out.push(`  ${places[k]!.padStart(placeWidth)}  ${m.severity.padEnd(7)}  ${m.code.padEnd(codeWidth)}  ${m.message}`));
  }
  const { errors, warnings } = countProblems(results);
  const problems = errors + warnings;
  const files = plural(results.length, 'file');
  out.push('', problems === 0 ? `✔ ${files} checked, no problems` : `✖ ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files}`);
  return `${out.join('\n')}\n`;
}
