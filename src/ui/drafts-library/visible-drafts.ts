import type { DraftSummary } from '../../store/use-draft-summaries';

export type DraftSort = 'edited' | 'title' | 'created';

export const DRAFT_SORT_LABELS: Record<DraftSort, string> = {
  edited: 'Last edited',
  title: 'Title',
  created: 'Created',
};

/** Drafts in one order, each with its search text folded (lowercase, no accents) once, at the first search: a key typed in the search box only compares strings. */
export type SearchableDrafts = { summaries: DraftSummary[]; texts?: string[] };

/** The drafts in the chosen order (newest first for dates, A to Z for titles), ready to search; `summaries` itself is not reordered. */
export function sortDrafts(summaries: readonly DraftSummary[], sort: DraftSort): SearchableDrafts {
  return { summaries: [...summaries].sort(compareBy(sort)) };
}

/** Folds every draft's search text now, for an idle moment after the list is shown (the first search does it otherwise). */
export function prepareSearch(drafts: SearchableDrafts): string[] {
  return (drafts.texts ??= drafts.summaries.map(searchText));
}

/** The drafts matching `query`: every word somewhere in the title or the template name, ignoring case and accents; in their sorted order. */
export function searchDrafts(drafts: SearchableDrafts, query: string): DraftSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return drafts.summaries;
  const texts = prepareSearch(drafts);
  const matching: DraftSummary[] = [];
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]!;
    if (words.every((word) => text.includes(word))) matching.push(drafts.summaries[k]!);
  }
  return matching;
}

export function visibleDrafts(summaries: readonly DraftSummary[], { query, sort }: { query: string; sort: DraftSort }): DraftSummary[] {
  return searchDrafts(sortDrafts(summaries, sort), query);
}

const texts = new WeakMap<DraftSummary, string>();
function searchText(summary: DraftSummary): string {
  let text = texts.get(summary);
  if (text === undefined) texts.set(summary, (text = fold(`${summary.title} ${summary.templateName}`)));
  return text;
}

// One collator for every comparison: localeCompare with options builds one per call, slow over thousands of drafts.
const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
// ISO 8601 timestamps order as strings.
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

function compareBy(sort: DraftSort): (a: DraftSummary, b: DraftSummary) => number {
  const byTitle = (a: DraftSummary, b: DraftSummary) => titleCollator.compare(a.title, b.title);
  switch (sort) {
    case 'edited':
      return (a, b) => newestFirst(a.updatedAt, b.updatedAt) || byTitle(a, b);
    case 'created':
      return (a, b) => newestFirst(a.createdAt, b.createdAt) || byTitle(a, b);
    case 'title':
      return (a, b) => byTitle(a, b) || newestFirst(a.updatedAt, b.updatedAt);
  }
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
