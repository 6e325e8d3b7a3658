import type { Finding } from './finding';

/** Findings grouped by section id (null: the document), groups and findings in the order given. */
export function findingsBySection(findings: readonly Finding[]): Map<string | null, Finding[]> {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.sectionId);
    if (group) group.push(finding);
    else groups.set(finding.sectionId, [finding]);
  }
  return groups;
}
