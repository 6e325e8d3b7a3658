import type { FindingList } from './finding-list';
import type { Place } from './place';
import { listWords, shown } from './message-text';

export type IdOccurrence = { id: string; place: Place; sectionName: string | null };

/**
 * An ID names one requirement in the whole draft. Each use after the first is
 * reported where it stands, naming every place the ID is used.
 */
export function checkIdDuplicates(occurrences: IdOccurrence[], list: FindingList): void {
  const byId = new Map<string, IdOccurrence[]>();
  for (const occurrence of occurrences) {
    const key = occurrence.id.trim().toUpperCase();
    if (key === '') continue;
    const same = byId.get(key);
    if (same) same.push(occurrence);
    else byId.set(key, [occurrence]);
  }
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    const times = same.length === 2 ? 'twice' : `${same.length} times`;
    const places = [...new Set(same.map((o) => o.sectionName ?? 'the document'))];
    for (const occurrence of same.slice(1)) {
      const id = occurrence.id.trim();
      list.add(occurrence.place, 'error', 'id-duplicate', `${shown(id, 40)} is used ${times} (${listWords(places)}).`, id);
    }
  }
}
