import type { Block } from '../template/schema';

type IdListBlock = Extract<Block, { kind: 'idList' }>;

type IdFormat = Pick<IdListBlock, 'prefix' | 'separator' | 'digits'>;
type IdItem = { id: string; text: string; checked?: boolean };

/** `FR`, `-`, 3, 7 -> `FR-007`. */
export function formatId(format: IdFormat, n: number): string {
  return `${format.prefix}${format.separator}${String(n).padStart(format.digits, '0')}`;
}

/**
 * IDs stay unique and in sequence. Numbering starts where the list's first ID
 * does, so a list that continues another (spec-kit tasks: T004 after T003)
 * keeps its place.
 */
export function renumberIds<T extends IdItem>(items: T[], format: IdFormat, start = firstNumber(items)): T[] {
  return items.map((item, k) => {
    const id = formatId(format, start + k);
    return item.id === id ? item : { ...item, id };
  });
}

export function addIdItem<T extends IdItem>(items: T[], format: IdFormat, item: Omit<T, 'id'>, at = items.length): T[] {
  const start = firstNumber(items);
  const next = [...items.slice(0, at), { ...item, id: '' } as T, ...items.slice(at)];
  return renumberIds(next, format, start);
}

export function removeIdItem<T extends IdItem>(items: T[], format: IdFormat, index: number): T[] {
  const start = firstNumber(items);
  return renumberIds(items.filter((_, k) => k !== index), format, start);
}

export function moveIdItem<T extends IdItem>(items: T[], format: IdFormat, from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const start = firstNumber(items);
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return renumberIds(next, format, start);
}

function firstNumber(items: IdItem[]): number {
  const match = /(\d+)$/.exec(items[0]?.id ?? '');
  return match ? Number(match[1]) : 1;
}
