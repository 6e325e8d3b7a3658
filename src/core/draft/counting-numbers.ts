/**
 * Numbers in a repeated item's title that count with the items, besides the
 * item's own number: `User Story 1 - … (Priority: P1)`, `… (Priority: P2)`,
 * `… (Priority: P3)` count priorities, so a fourth story gets `P4`, as a new
 * item's IDs go on after the highest. A number counts when every one of the
 * template's items (at least two) has it after the same text and its values
 * go up by one from item to item.
 */
export type CountingNumber = {
  /** The text just before the number (`Priority: P`), a word or two, which finds it in any title. */
  before: string;
  /** Its value in the template's last item. */
  last: number;
};

const NUMBER = /\d+/g;
const CONTEXT = 12;

/** The counting numbers of a group's template item titles, in order; `label` (`User Story`) is the item's own number, counted elsewhere. */
export function countingNumbers(titles: readonly string[], label: string): CountingNumber[] {
  if (titles.length < 2) return [];
  const runs = titles.map(numberRuns);
  const count = runs[0]!.length;
  if (runs.some((r) => r.length !== count)) return [];
  const found: CountingNumber[] = [];
  for (let k = 0; k < count; k++) {
    const before = runs[0]![k]!.before;
    if (before === '' || labelNumber(before, label)) continue;
    const same = runs.every((r) => r[k]!.before === before);
    const counts = runs.every((r, i) => i === 0 || r[k]!.value === runs[i - 1]![k]!.value + 1);
    if (same && counts) found.push({ before, last: runs[runs.length - 1]![k]!.value });
  }
  return found;
}

/**
 * A new item's title with each counting number one past the highest that
 * the group's items have now (or the template's last, when none has it).
 */
export function continueCounting(title: string, numbers: readonly CountingNumber[], itemTitles: readonly string[]): string {
  let out = title;
  for (const { before, last } of numbers) {
    const find = new RegExp(`${escape(before)}(\\d+)`);
    const values = itemTitles.map((t) => find.exec(t)?.[1]).filter((v): v is string => v !== undefined).map(Number);
    const next = (values.length > 0 ? Math.max(...values) : last) + 1;
    out = out.replace(find, (_m) => `${before}${next}`);
  }
  return out;
}

/**
 * The title of a group's item at `index` as the template would write it:
 * the template's own item there, or the last one with its own number and
 * its counting numbers carried on.
 */
export function templateItemTitle(titles: readonly string[], label: string, index: number): string {
  const own = titles[index];
  if (own !== undefined) return own;
  const last = titles[titles.length - 1] ?? '';
  const steps = index - (titles.length - 1);
  let out = last.replace(new RegExp(`^(\\[?${escape(label)}\\s+)(\\d+)`, 'i'), (_m, head: string, n: string) => `${head}${Number(n) + steps}`);
  for (const { before, last: value } of countingNumbers(titles, label)) {
    out = out.replace(new RegExp(`${escape(before)}\\d+`), `${before}${value + steps}`);
  }
  return out;
}

/** Each run of digits with up to a few characters of the text before it (not across another number). */
function numberRuns(title: string): { before: string; value: number }[] {
  const out: { before: string; value: number }[] = [];
  let end = 0;
  for (const match of title.matchAll(NUMBER)) {
    const start = Math.max(end, match.index - CONTEXT);
    out.push({ before: title.slice(start, match.index).trimStart(), value: Number(match[0]) });
    end = match.index + match[0].length;
  }
  return out;
}

/** Whether the text before a number ends with the item's label (`User Story `): the item's own number. */
function labelNumber(before: string, label: string): boolean {
  return new RegExp(`${escape(label.slice(-CONTEXT))}\\s*$`, 'i').test(before);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
