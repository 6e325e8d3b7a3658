import { describe, expect, it } from 'vitest';
import { DRAFT_SUMMARY_KIND, DRAFT_SUMMARY_VERSION } from '../../core/draft-summary/draft-summary';
import type { DraftSummary } from '../../store/use-draft-summaries';
import { searchDrafts, sortDrafts, visibleDrafts } from './visible-drafts';

const summary = (id: string, title: string, templateName: string, createdAt: string, updatedAt: string): DraftSummary => ({
  kind: DRAFT_SUMMARY_KIND,
  version: DRAFT_SUMMARY_VERSION,
  id,
  templateId: templateName.toLowerCase().replace(/\W+/g, '-'),
  sections: 1,
  title,
  templateName,
  createdAt,
  updatedAt,
  filled: 0,
  total: 1,
});

const drafts = [
  summary('a', 'Checkout revamp', 'Product feature spec', '2025-01-01T00:00:00Z', '2025-03-01T00:00:00Z'),
  summary('b', 'Node rebuild', 'GitOps operations feature spec', '2025-02-01T00:00:00Z', '2025-02-15T00:00:00Z'),
  summary('c', 'Café menu API', 'Product feature spec', '2025-01-15T00:00:00Z', '2025-01-20T00:00:00Z'),
];

const ids = (list: DraftSummary[]) => list.map((d) => d.id);

describe('visibleDrafts', () => {
  it('sorts by last edited, created (newest first) or title (A to Z)', () => {
    expect(ids(visibleDrafts(drafts, { query: '', sort: 'edited' }))).toEqual(['a', 'b', 'c']);
    expect(ids(visibleDrafts(drafts, { query: '', sort: 'created' }))).toEqual(['b', 'c', 'a']);
    expect(ids(visibleDrafts(drafts, { query: '', sort: 'title' }))).toEqual(['c', 'a', 'b']);
  });

  it('finds drafts by words of their title or template name, ignoring case and accents', () => {
    expect(ids(visibleDrafts(drafts, { query: 'gitops', sort: 'edited' }))).toEqual(['b']);
    expect(ids(visibleDrafts(drafts, { query: 'cafe', sort: 'edited' }))).toEqual(['c']);
    expect(ids(visibleDrafts(drafts, { query: 'product api', sort: 'edited' }))).toEqual(['c']);
    expect(ids(visibleDrafts(drafts, { query: '  ', sort: 'title' }))).toHaveLength(3);
    expect(visibleDrafts(drafts, { query: 'nothing like this', sort: 'edited' })).toEqual([]);
  });

  it('searches the sorted list again for each key, keeping its order', () => {
    const sorted = sortDrafts(drafts, 'created');
    expect(ids(searchDrafts(sorted, 'spec'))).toEqual(['b', 'c', 'a']);
    expect(ids(searchDrafts(sorted, 'PRODUCT'))).toEqual(['c', 'a']);
    expect(searchDrafts(sorted, '')).toBe(sorted.summaries);
  });

  it('does not reorder the list it is given', () => {
    const input = [...drafts];
    visibleDrafts(input, { query: '', sort: 'title' });
    expect(ids(input)).toEqual(['a', 'b', 'c']);
  });
});
