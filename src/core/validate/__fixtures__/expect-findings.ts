import { expect } from 'vitest';
import type { Draft, DraftSection } from '../../draft/draft-schema';
import { Finding } from '../finding';

/** `code section field` per finding: short enough to compare whole lists in a test. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => [f.code, f.sectionId ?? '(document)', f.field].filter((x) => x !== undefined).join(' '));
}

export function ofCode(findings: Finding[], code: Finding['code']): Finding[] {
  return findings.filter((f) => f.code === code);
}

/**
 * What holds for every result: each finding is valid by the schema, points at
 * a switched-on section that exists, and the list runs document first, then
 * sections in document order, errors before warnings within each.
 */
export function expectWellFormed(draft: Draft, findings: Finding[]): void {
  for (const finding of findings) expect(Finding.safeParse(finding).success, JSON.stringify(finding)).toBe(true);
  const order = new Map<string | null, number>([[null, -1]]);
  const visit = (sections: DraftSection[]) => {
    for (const s of sections) {
      if (!s.enabled) continue;
      order.set(s.id, order.size);
      visit(s.children);
    }
  };
  visit(draft.sections);
  let previous = { rank: -Infinity, section: -2, severity: 0 };
  for (const finding of findings) {
    const section = order.get(finding.sectionId);
    expect(section, `${finding.code} points at ${finding.sectionId}, which is switched off or absent`).toBeDefined();
    const severity = finding.severity === 'error' ? 0 : 1;
    const rank = section! * 2 + severity;
    expect(rank, `${finding.code} in ${finding.sectionId} is out of order`).toBeGreaterThanOrEqual(previous.rank);
    previous = { rank, section: section!, severity };
  }
}
