import type { Draft } from '../../draft/draft-schema';
import { DraftFiller } from './fill-draft';

/** A product team's solution spec for an onboarding checklist, tied to their opportunity tree. */
export function opportunityDraft(): Draft {
  return DraftFiller.of('opportunity-solution-spec')
    .frontmatter({
      status: 'implementing',
      opportunity: 'user-onboarding-friction',
      created: '2026-11-10',
      updated: '2026-11-21',
      estimate: '4 days',
      owner: 'product',
    })
    .title('Onboarding Checklist')
    .fill('Opportunity Context', 'fields', {
      values: {
        'from-ost': 'New workspaces stall before their first published report',
        hypothesis: 'A five-step checklist on the home page will get more new workspaces to publish a report in their first week.',
        'success-metric': 'Share of new workspaces that publish a report within 7 days, from 31% to 45%.',
      },
    })
    .fill('Problem & Value', 'fields', {
      values: {
        who: 'Admins of workspaces created in the last 14 days.',
        problem: 'They connect a data source and then do not know what to do next; 69% never publish a report.',
        value: 'Workspaces that publish in week one retain at 3x the rate of those that do not.',
      },
    })
    .fill('Scope Boundaries', 'list', { items: ['Checklist card on the home page with five steps', 'Steps complete themselves from existing events', 'Dismiss and restore the checklist'] }, { label: 'In Scope' })
    .fill('Scope Boundaries', 'list', { items: ['Email nudges (reason: owned by lifecycle team, defer to Q1)', 'Per-role checklists (reason: not aligned with core goal)', 'Checklist for existing workspaces (reason: edge case, handle if requested)'] }, { label: 'Out of Scope' })
    .fill('System Context (Context-Injection)', 'list', {
      items: ['`app/home/cards.py` - card registry pattern to follow', '`app/events/subscribers/` - how other features react to product events', 'See PROJECT_INDEX.md [D-014] for the decision to keep UI state server-side'],
    }, { label: 'Existing Code to Reference' })
    .fill('System Context (Context-Injection)', 'list', { items: ['Requires `ONBOARDING_CHECKLIST_ENABLED` environment variable (see .env.example)', 'Uses the existing `EventBus` service'] }, { label: 'Dependencies' })
    .fill('System Context (Context-Injection)', 'list', { items: ['Home page card API at `/api/v1/home/cards`', 'Shares the `workspace_events` table with activity feed'] }, { label: 'Integration Points' })
    .fill('Constraints & Guardrails (What NOT to do)', 'list', {
      items: ['❌ Never log workspace names or user emails in checklist events', '✅ Must validate step ids against the fixed list of five', '✅ Must use parameterized queries (no string interpolation)'],
    }, { label: 'Security' })
    .fill('Constraints & Guardrails (What NOT to do)', 'list', {
      items: ['❌ No N+1 queries: load all five step states in one query', '❌ No blocking calls in the event subscriber', '✅ Card renders in under 50 ms at p95'],
    }, { label: 'Performance' })
    .fill('Functional', 'list', {
      items: [
        'Admin sees the checklist on the home page until all five steps are done or they dismiss it',
        'A step completes when its event arrives (`source.connected`, `dataset.created`, `report.published`, ...)',
        'Admin can dismiss the checklist and restore it from the help menu',
        'Completing the last step shows a one-time celebration and hides the card',
      ],
    })
    .fill('Non-Functional', 'list', {
      items: [
        'Input validation: `step_id` must be one of the five known ids; anything else is `400`',
        'Error handling: a failed event write is retried 3 times, then logged as `checklist.write_failed`',
        'Logging: `INFO` for step completions with workspace id only',
        'Monitoring: dashboard panel for checklist completions per day',
      ],
    })
    .fill('Interfaces & Contracts', 'code', {
      lang: 'python',
      code: [
        '# API Endpoints',
        'GET /api/v1/onboarding/checklist',
        '  Returns: 200 { "steps": [{ "id": str, "done": bool }], "dismissed": bool }',
        '',
        'POST /api/v1/onboarding/checklist/dismiss',
        '  Headers: { "Authorization": "Bearer <token>" }',
        '  Returns: 204',
        '  Errors:',
        '    401 - Unauthorized',
        '    403 - Not a workspace admin',
      ].join('\n'),
    }, { nth: 0 })
    .fill('Interfaces & Contracts', 'code', {
      lang: 'python',
      code: ['# Database schema changes', 'Table: onboarding_steps', '  workspace_id: INTEGER NOT NULL REFERENCES workspaces(id)', '  step_id: VARCHAR(32) NOT NULL', '  completed_at: TIMESTAMP NOT NULL', '', '  Primary Key: (workspace_id, step_id)'].join('\n'),
    }, { label: 'Data Contracts' })
    .fill('Edge Cases & Risks', 'fields', {
      values: {
        'empty-null-inputs': 'A workspace with no admin yet gets no checklist.',
        'duplicate-requests': 'Step completion is an upsert on `(workspace_id, step_id)`, so repeated events are harmless.',
        'concurrent-modifications': 'Two admins dismissing at once both get `204`; dismissal is idempotent.',
        'resource-limits': 'At most five rows per workspace; no pagination needed.',
        'partial-failures': 'If the celebration fails to render, the card still hides on the next load.',
      },
    }, { label: 'Edge Cases to Handle' })
    .fill('Edge Cases & Risks', 'fields', {
      values: {
        'security-risk': 'Step events could leak which features a workspace uses; events carry ids only.',
        'performance-risk': 'The home page gains one query; it is indexed by `workspace_id`.',
        'data-integrity-risk': 'Events that arrive before the workspace row exists are dropped; a nightly job backfills from `workspace_events`.',
        'integration-risk': 'If `EventBus` is down, steps stay open until the nightly backfill.',
      },
    }, { label: 'Known Risks' }).draft;
}
