import type { DraftSummary } from '../../store/use-draft-summaries';

export type DraftSort = 'edited' | 'title' | 'created';

export const DRAFT_SORT_LABELS: Record<DraftSort, string> = {
  edited: 'Last edited',
  title: 'Title',
  created: 'Created',
};

/**
 * The drafts matching `query` (every word somewhere in the title or the
 * template name, ignoring case and accents), in the chosen order: newest first
 * for dates, A to Z for titles.
 */
export function visibleDrafts(summaries: readonly DraftSummary[], { query, sort }: { query: string; sort: DraftSort }): DraftSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matching = summaries.filter((s) => {
    const haystack = fold(`${s.title} ${s.templateName}`);
    return words.every((word) => haystack.includes(word));
  });
  return matching.sort(compareBy(sort));
}

function compareBy(sort: DraftSort): (a: DraftSummary, b: DraftSummary) => number {
  const byTitle = (a: DraftSummary, b: DraftSummary) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });
  switch (sort) {
    case 'edited':
      return (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b);
    case 'created':
      return (a, b) => b.createdAt.localeCompare(a.createdAt) || byTitle(a, b);
    case 'title':
      return (a, b) => byTitle(a, b) || b.updatedAt.localeCompare(a.updatedAt);
  }
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
