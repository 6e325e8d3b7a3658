import type { FileResult } from './check-message';
import { countProblems } from './count-problems';

export const CHECK_REPORT_KIND = 'specwright/check-report';
export const CHECK_REPORT_VERSION = 1;

/**
 * A report other tools read: a kind and a version, then one entry per file
 * (ESLint's JSON shape: filePath, messages with line and column, counts).
 */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => {
    const { errors, warnings } = countProblems([r]);
    return { filePath: r.filePath, template: r.templateId, messages: r.messages, errorCount: errors, warningCount: warnings, unreadable: r.unreadable };
  });
  const { errors, warnings } = countProblems(results);
  return `${JSON.stringify({ kind: CHECK_REPORT_KIND, version: CHECK_REPORT_VERSION, errorCount: errors, warningCount: warnings, files }, null, 2)}\n`;
}
