import type { Draft } from '../../draft/draft-schema';
import { DraftFiller, freshDraft } from './draft-filler';

/** An opportunity solution spec with frontmatter, filled in by hand as a product trio would. */
export function guidedImportSpec(): Draft {
  return new DraftFiller(freshDraft('opportunity-solution-spec.md'))
    .frontmatter({ status: 'approved', opportunity: 'user-onboarding-friction', created: '2026-11-02', updated: '2026-11-21', estimate: '5 days', owner: 'product' })
    .title('Guided first import')
    .fields('opportunity-context#0', {
      'from-ost': 'New workspaces stall before their first import',
      hypothesis: 'A three-step guided import gets more new workspaces to a first successful import in their first session.',
      'success-metric': 'Share of new workspaces with a successful import within 24 hours of sign-up rises from 38% to 55%.',
    })
    .fields('problem-value#0', {
      who: 'Admins of newly created workspaces.',
      problem: 'The import page asks for a mapping file before showing any preview, so most admins leave to read the docs and never come back.',
      value: 'Workspaces that import in the first day are four times as likely to convert to paid.',
    })
    .list('scope-boundaries#0', ['Upload a CSV and preview its first 20 rows', 'Suggested column mapping the admin can change', 'Import summary with rows skipped and why'])
    .list('scope-boundaries#1', ['Excel files (reason: one format first; CSV is 80% of imports)', 'Scheduled imports (reason: not part of onboarding)'])
    .list('system-context-context-injection#0', ['`app/imports/mapping.py` - the column-matching rules to reuse', '`app/imports/preview.py` - current preview endpoint'])
    .list('system-context-context-injection#1', ['`IMPORT_MAX_ROWS` setting (already in `.env.example`)', 'Existing `ImportJob` model'])
    .list('system-context-context-injection#2', ['`POST /api/v1/imports` starts the job, as today'])
    .list('constraints-guardrails-what-not-to-do#0', ['❌ Never log file contents or cell values', '✅ Validate file type and size before parsing'])
    .list('constraints-guardrails-what-not-to-do#1', ['✅ The preview answers within 2 seconds for files up to 10 MB', '❌ No parsing of the whole file before the preview'])
    .list('requirements/functional#0', ['Admin uploads a CSV and sees the first 20 rows', 'Admin confirms or changes the suggested mapping', 'Admin starts the import and sees a summary'])
    .list('requirements/non-functional#0', ['Files up to 10 MB and 200,000 rows', 'Errors name the row and column'])
    .code('interfaces-contracts#0', 'POST /api/v1/imports/preview\n  Body: multipart file\n  Returns: 200 { "columns": [...], "rows": [...], "mapping": {...} }\n  Errors:\n    413 - File larger than 10 MB\n    415 - Not a CSV file')
    .code('interfaces-contracts#1', '# No schema changes: mapping suggestions are computed, not stored')
    .fields('edge-cases-risks#0', {
      'empty-null-inputs': 'An empty file is rejected with "The file has no rows".',
      'duplicate-requests': 'A second preview of the same upload returns the cached result.',
      'concurrent-modifications': 'Only one import per workspace runs at a time; a second start waits.',
      'resource-limits': '10 MB and 200,000 rows per file.',
      'partial-failures': 'Rows that fail are skipped and listed in the summary; the rest are imported.',
    })
    .fields('edge-cases-risks#1', {
      'security-risk': 'CSV formula injection in exported summaries: cells starting with = are escaped.',
      'performance-risk': 'Large files: the preview reads only the first 64 KB.',
      'data-integrity-risk': 'A wrong mapping imports data into the wrong fields: the admin confirms the mapping first.',
      'integration-risk': 'None: no external service is involved.',
    }).draft;
}
