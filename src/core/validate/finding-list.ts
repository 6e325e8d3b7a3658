import type { Finding, FindingCode } from './finding';
import type { Place } from './place';

type Ranked = { finding: Finding; order: number; slot: number; seq: number };

/**
 * Findings as they are found, each with its place; `sorted` puts the
 * document's first, then sections in document order, errors before warnings
 * within each, then blocks in order.
 */
export class FindingList {
  private readonly items: Ranked[] = [];

  add(place: Place, severity: Finding['severity'], code: FindingCode, message: string, field?: string): void {
    // Ids come from stored data that may be damaged: only strings make a valid Finding.
    const finding: Finding = { severity, code, message, sectionId: typeof place.sectionId === 'string' ? place.sectionId : null };
    if (typeof place.blockId === 'string') finding.blockId = place.blockId;
    if (typeof field === 'string' && field !== '') finding.field = field;
    this.items.push({ finding, order: place.order, slot: place.slot, seq: this.items.length });
  }

  sorted(): Finding[] {
    const rank = (s: Finding['severity']) => (s === 'error' ? 0 : 1);
    return this.items
      .slice()
      .sort((a, b) => a.order - b.order || rank(a.finding.severity) - rank(b.finding.severity) || a.slot - b.slot || a.seq - b.seq)
      .map((r) => r.finding);
  }
}
