import type { BlockValue } from '../draft/draft-schema';
import { formatId } from '../draft/id-list-edits';
import type { Block } from '../template/schema';
import type { FindingList } from './finding-list';
import type { Place } from './place';
import { inSection, shown } from './message-text';

type IdListBlock = Extract<Block, { kind: 'idList' }>;
type IdListValue = Extract<BlockValue, { kind: 'idList' }>;
type IdFormat = Pick<IdListBlock, 'prefix' | 'separator' | 'digits'>;

/**
 * IDs in one list go up by one: FR-001, FR-002, FR-003. A list may start
 * anywhere (spec-kit tasks continue T003 with T004 in the next phase). A
 * repeated number is left to the duplicate check.
 */
export function checkIdSequence(value: IdListValue, block: Block | undefined, place: Place, sectionName: string | null, list: FindingList): void {
  const where = inSection(sectionName);
  const format = block?.kind === 'idList' ? { prefix: block.prefix, separator: block.separator, digits: block.digits } : inferFormat(value.items[0]?.id);
  const numbers = new Set<number>();
  for (const item of value.items) {
    const parts = splitId(item.id.trim());
    if (parts) numbers.add(parts.n);
  }
  // Compared with the highest ID so far, so one ID out of place is reported once, not again by the one after it.
  let highest: { id: string; n: number } | null = null;
  for (const item of value.items) {
    const id = item.id.trim();
    if (id === '') continue;
    const parts = splitId(id);
    if (!parts || (format && parts.stem.toUpperCase() !== `${format.prefix}${format.separator}`.toUpperCase())) {
      const like = format ? ` like ${formatId(format, highest ? highest.n + 1 : 1)}` : '';
      list.add(place, 'warning', 'id-sequence', `${shown(id, 40)} does not follow the numbering of this list${like}${where}.`, id);
      continue;
    }
    if (highest && format) {
      if (parts.n < highest.n) {
        list.add(place, 'warning', 'id-sequence', `${shown(id, 40)} comes after ${shown(highest.id, 40)}: IDs should go up in order${where}.`, id);
      } else if (parts.n > highest.n + 1 && !hasAny(numbers, highest.n + 1, parts.n - 1)) {
        const first = formatId(format, highest.n + 1);
        const missing = parts.n - highest.n === 2 ? `${first} is missing` : `${first} to ${formatId(format, parts.n - 1)} are missing`;
        list.add(place, 'warning', 'id-sequence', `${shown(id, 40)} follows ${shown(highest.id, 40)}: ${missing}${where}.`, id);
      }
    }
    if (!highest || parts.n > highest.n) highest = { id, n: parts.n };
  }
}

/** Whether any number from `from` to `to` is in the set; walks the shorter of the range and the set. */
function hasAny(numbers: Set<number>, from: number, to: number): boolean {
  if (to - from + 1 <= numbers.size) {
    for (let n = from; n <= to; n++) if (numbers.has(n)) return true;
    return false;
  }
  for (const n of numbers) if (n >= from && n <= to) return true;
  return false;
}

/** `FR-012` -> `FR-`, 12; null without trailing digits. Scans from the end: linear, unlike `/(.*?)(\d+)$/`. */
export function splitId(id: string): { stem: string; n: number } | null {
  let start = id.length;
  while (start > 0 && id.charCodeAt(start - 1) >= 48 && id.charCodeAt(start - 1) <= 57) start--;
  if (start === id.length || id.length - start > 9) return null;
  return { stem: id.slice(0, start), n: Number(id.slice(start)) };
}

function inferFormat(first: string | undefined): IdFormat | null {
  const parts = typeof first === 'string' ? splitId(first.trim()) : null;
  if (!parts) return null;
  const separator = /[-_.]$/.test(parts.stem) ? parts.stem.slice(-1) : '';
  return { prefix: parts.stem.slice(0, parts.stem.length - separator.length), separator, digits: first!.trim().length - parts.stem.length };
}
