import type { Draft } from '../../draft/draft-schema';
import { DraftFiller, freshDraft } from './draft-filler';

export const TOOL = 'api-design/mcp-tools/tool-tool-name';
export const ENDPOINT = 'api-design/rest-endpoints/post-api-resource';
export const TABLE = 'data-model/new-tables/table-name';
export const REQ1 = 'functional-requirements/requirement-1-name';
export const REQ2 = 'functional-requirements/requirement-2-name';

/** A product spec with API and data model, filled in by hand as a platform team would. */
export function previewEnvironmentsSpec(): Draft {
  return new DraftFiller(freshDraft('product-feature-spec-api-data-model.md'))
    .title('PR preview environments')
    .metadata({ author: 'Dana Okafor', status: 'Review', version: '0.3.0' })
    .prose('problem-statement#0', 'Reviewers cannot try a change before it is merged. They read the diff, or check out the branch and run the stack locally, which takes most of an hour and is skipped for small changes.')
    .fields('problem-statement#1', {
      'user-impact': 'Reviewers and product managers on the 6 product teams; about 40 pull requests a day are merged without anyone running them.',
      'current-workaround': 'Check out the branch and run `make dev` locally, or wait for the shared staging deploy after merge.',
    })
    .prose('goals#0', 'Every pull request gets its own running copy of the app, linked from the pull request, within 10 minutes of the first push.')
    .list('goals#1', ['Agents can create and remove a preview through MCP tools.', 'Preview costs are visible per team.'])
    .list('goals#2', ['Production data in previews.', 'Previews for repositories outside the monorepo.'])
    .definitions('constitutional-alignment#1', [
      ['Infrastructure as code', 'Preview stacks come from the same Helm charts as staging, with values per pull request.'],
      ['Least privilege', 'Each preview runs in its own namespace under its own service account.'],
    ])
    .fields('constitutional-alignment#2', { 'principle-conflicts': 'None' })
    .code('user-stories/as-an-agent#0', 'As an AI agent using the MCP server\nI want to create a preview for a pull request\nSo that I can check my change in a running app before asking for review')
    .checklist('user-stories/as-an-agent#1', ['`create_preview` returns the preview URL and status for a pull request number.', '`delete_preview` removes the namespace and returns `deleted`.'])
    .code('user-stories/as-a-developer#0', 'As a developer using Catalyst\nI want to open a preview from the pull request\nSo that I can try a change without running it locally')
    .checklist('user-stories/as-a-developer#1', ['A comment with the preview link appears on the pull request within 10 minutes of the first push.', 'Pushing a new commit updates the same preview.'])
    .code('user-stories/as-a-platform-operator#0', 'As a platform operator\nI want to see how many previews each team runs\nSo that I can keep preview costs within budget')
    .checklist('user-stories/as-a-platform-operator#1', ['The cost report lists running previews and preview hours per team.'])
    .heading(REQ1, 'Requirement 1: Create a preview for a pull request')
    .fields(`${REQ1}#0`, { priority: 'Must Have', description: 'When a pull request is opened or updated, build its images and deploy them to a namespace named after the pull request.' })
    .list(`${REQ1}#1`, ['Repository and pull request number', 'Head commit SHA'])
    .list(`${REQ1}#2`, ['Preview URL', 'Deployment status: `pending`, `ready` or `failed`'])
    .list(`${REQ1}#3`, ['One preview per pull request; a new push replaces the running one.', 'Draft pull requests get a preview only when someone asks for one.'])
    .list(`${REQ1}#4`, ['The build fails: status `failed` with a link to the build log, and the previous preview keeps running.'])
    .heading(REQ2, 'Requirement 2: Remove previews that are no longer needed')
    .fields(`${REQ2}#0`, { priority: 'Should Have', description: 'Delete a preview when its pull request is merged or closed, or after 72 hours without a push.' })
    .fields('non-functional-requirements/performance#0', {
      'response-time': 'Tool calls answer in under 500 ms; the preview itself is ready within 10 minutes.',
      throughput: '100 concurrent previews across all teams.',
      scalability: 'Up to 300 concurrent previews by the end of 2027 without a change of design.',
    })
    .fields('non-functional-requirements/security#0', {
      authentication: 'Agents use MCP tokens; people sign in with GitHub SSO.',
      authorization: "Only members of the repository's team can create or delete its previews.",
      'data-protection': 'Tokens are stored encrypted with AES-256-GCM.',
      'audit-logging': 'Creating and deleting a preview is logged with the person or agent and the pull request.',
    })
    .fields('non-functional-requirements/reliability#0', {
      availability: '99.5% during working hours, 08:00 to 20:00 CET.',
      'error-handling': 'Failures are posted on the pull request and returned by the tool with the step that failed.',
      'retry-logic': 'A deployment is retried twice, 30 seconds apart, before it is reported as `failed`.',
    })
    .fields('non-functional-requirements/maintainability#0', {
      'code-coverage': 'At least 80% line coverage for the preview service.',
      documentation: 'README, API reference and MCP tool docs.',
      'layer-compliance': 'Controllers call actions; only models touch the database.',
    })
    .heading(TOOL, 'Tool: `create_preview`')
    .fields(`${TOOL}#0`, { description: 'Creates or updates the preview for a pull request and returns its URL and status.' })
    .code(`${TOOL}#1`, '{\n  "repository": "acme/shop",\n  "pull_request": 482\n}')
    .code(`${TOOL}#2`, '{\n  "url": "https://pr-482.preview.acme.dev",\n  "status": "pending"\n}')
    .list(`${TOOL}#3`, [
      '`PR_NOT_FOUND`: the pull request does not exist or is closed; the agent should check the number.',
      '`QUOTA_EXCEEDED`: the team already runs 20 previews; the agent should remove an old one first.',
    ])
    .heading(ENDPOINT, '`POST /api/previews`')
    .fields(`${ENDPOINT}#0`, { description: 'Creates a preview; called by the GitHub webhook.' })
    .code(`${ENDPOINT}#1`, '{\n  "repository": "acme/shop",\n  "pull_request": 482,\n  "head_sha": "9f1c2e7"\n}')
    .code(`${ENDPOINT}#2`, '{\n  "id": "0b6f9a8e-3c1d-4e57-9a0b-2f4c6d8e1a3b",\n  "status": "pending",\n  "created_at": "2026-11-21T10:04:00Z"\n}')
    .list(`${ENDPOINT}#3`, ['`400 Bad Request`: the body has no `repository` or `pull_request`.', '`401 Unauthorized`: the webhook signature does not match.'])
    .heading(TABLE, '`previews`')
    .table(`${TABLE}#0`, [
      ['`id`', 'UUID', 'PRIMARY KEY', 'Preview identifier'],
      ['`team_id`', 'UUID', 'FOREIGN KEY (teams.id)', 'Team that owns the repository'],
      ['`pull_request`', 'INTEGER', 'NOT NULL', 'Pull request number'],
      ['`status`', 'TEXT', 'NOT NULL', 'pending, ready or failed'],
      ['`expires_at`', 'TIMESTAMP', 'NOT NULL', 'When an idle preview is removed'],
    ])
    .list(`${TABLE}#1`, ['`idx_previews_pull_request` on `pull_request`'])
    .list(`${TABLE}#2`, ['`team_id` → `teams.id` (many-to-one)'])
    .prose('data-model/modified-tables#0', 'None.')
    .list('ui-ux-requirements#0', ['A preview link and status badge on the pull request page of the developer portal.'])
    .list('ui-ux-requirements#1', ['None: the badge reuses the existing status component.'])
    .list('testing-requirements/unit-tests#0', ['The expiry scheduler and the webhook signature check (every branch).', 'Preview naming from branch names, including non-ASCII ones.'])
    .list('testing-requirements/unit-tests#1', ['A second push replaces the running preview.', 'An idle preview expires after 72 hours.'])
    .list('testing-requirements/integration-tests#0', ['Create and delete a preview against a real Postgres and a kind cluster.', 'A webhook with a wrong signature is rejected.'])
    .list('testing-requirements/e2e-tests#0', ['Open a pull request, wait for the comment, follow the link and see the app.'])
    .checklist('testing-requirements/e2e-tests#1', ['The preview link comment appears and opens the app.'])
    .code('migration-strategy#0', 'CREATE TABLE previews (\n  id UUID PRIMARY KEY,\n  team_id UUID NOT NULL REFERENCES teams (id),\n  pull_request INTEGER NOT NULL,\n  status TEXT NOT NULL,\n  expires_at TIMESTAMP NOT NULL\n);')
    .prose('migration-strategy#1', 'Nothing changes for existing deployments: previews are a new service.')
    .prose('migration-strategy#2', 'None: no existing data moves.')
    .list('dependencies#0', ['`@kubernetes/client-node` 1.0: creates namespaces and deployments.'])
    .list('dependencies#1', ['Build service: builds the images for each push.'])
    .list('dependencies#2', ['Wildcard DNS and TLS for `*.preview.acme.dev`: routes each preview.'])
    .table('risks-mitigations#0', [['Preview clusters cost more than planned', 'Med', 'High', 'Idle previews expire after 72 hours; a weekly cost report per team.']])
    .list('success-metrics#1', ['Half of merged pull requests have a preview opened by a reviewer, 3 months after launch.', 'A preview is ready within 10 minutes for 95% of pushes.'])
    .list('open-questions#0', ['Do previews need seeded demo data? Decided: yes, the standard fixture set.'])
    .fields('open-questions#1', { answers: 'Answered inline above.' }).draft;
}
