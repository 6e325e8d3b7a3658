import type { Draft } from '../../draft/draft-schema';
import { DraftFiller } from './fill-draft';

/** A platform team's product spec for an MCP tool that creates pull-request preview environments. */
export function productDraft(): Draft {
  const agentStory = 'As an AI agent using the MCP server\nI want to create a preview environment for the pull request I opened\nSo that I can run end-to-end checks against my change before asking for review';
  const developerStory = 'As a developer using Catalyst\nI want a preview URL posted on my pull request\nSo that I can show the change to design without deploying to staging';
  const operatorStory = 'As a platform operator\nI want idle previews to expire on their own\nSo that the preview cluster stays within its budget';
  return DraftFiller.of('product-feature-spec-api-data-model')
    .title('PR Preview Environments MCP Tool')
    .metadata({ date: '2026-11-21', author: 'Priya Raman', status: 'Review', version: '0.3.0' })
    .fill('Problem Statement', 'prose', {
      markdown:
        'Agents and developers can open pull requests through Catalyst, but nothing deploys them. Checking a change end to end means deploying to the shared staging cluster, which serialises every team behind one environment.',
    })
    .fill('Problem Statement', 'fields', {
      values: {
        'user-impact': 'AI agents cannot verify their own changes; developers wait a median of 3 hours for a staging slot.',
        'current-workaround': 'Developers book staging in a Slack channel and deploy by hand with `make deploy-staging`.',
      },
    })
    .fill('Goals', 'prose', { markdown: 'Give every pull request its own short-lived environment that an agent or a developer can create with one call.' }, { label: 'Primary Goal' })
    .fill('Goals', 'list', { items: ['Remove the staging queue for review-time checks', 'Let agents run Playwright against their own change'] }, { label: 'Secondary Goals' })
    .fill('Goals', 'list', { items: ['Replace staging for release testing', 'Support databases other than Postgres'] }, { label: 'Non-Goals' })
    .fill('Constitutional Alignment', 'definitions', {
      items: [
        { term: 'Agents Are First-Class Users', text: 'The MCP tool is the primary interface; the REST endpoint wraps the same action.' },
        { term: 'Layer Compliance', text: 'Provisioning lives in the Actions layer; Models only store environment state.' },
      ],
    })
    .fill('Constitutional Alignment', 'fields', { values: { 'principle-conflicts': 'None' } })
    .fill('As an Agent', 'code', { code: agentStory })
    .fill('As an Agent', 'checklist', {
      items: [
        { checked: false, text: '`create_preview_environment` returns a URL within 5 minutes for a standard app' },
        { checked: false, text: 'A second call for the same pull request returns the existing environment' },
      ],
    })
    .fill('As a Developer', 'code', { code: developerStory })
    .fill('As a Developer', 'checklist', {
      items: [
        { checked: true, text: 'The preview URL is posted as a pull request comment' },
        { checked: false, text: 'Pushing a new commit redeploys the same environment' },
      ],
    })
    .fill('As a Platform Operator', 'code', { code: operatorStory })
    .fill('As a Platform Operator', 'checklist', { items: [{ checked: false, text: 'Previews idle for 48 hours are deleted with their database' }] })
    .rename('Requirement 1: [Name]', 'Requirement 1: Create a preview environment')
    .fill('Requirement 1: Create a preview environment', 'fields', {
      values: { priority: 'Must Have', description: 'Deploy the head commit of a pull request to its own namespace with its own database and return the URL.' },
    })
    .fill('Requirement 1: Create a preview environment', 'list', { items: ['`repository` (owner/name)', '`pull_request` (number)'] }, { label: 'Inputs' })
    .fill('Requirement 1: Create a preview environment', 'list', { items: ['`url` of the environment', '`status`: `provisioning | ready | failed`'] }, { label: 'Outputs' })
    .fill('Requirement 1: Create a preview environment', 'list', { items: ['One environment per pull request', 'A team may run at most 10 previews at once'] }, { label: 'Business Rules' })
    .fill('Requirement 1: Create a preview environment', 'list', { items: ['Pull request from a fork: refused with `FORK_NOT_SUPPORTED`'] }, { label: 'Edge Cases' })
    .rename('Requirement 2: [Name]', 'Requirement 2: Tear down on merge or close')
    .fill('Requirement 2: Tear down on merge or close', 'fields', {
      values: { priority: 'Must Have', description: 'Delete the namespace and database within 10 minutes of the pull request being merged or closed.' },
    })
    .addItem('Requirement', 'Requirement 3: Expire idle previews')
    .fill('Requirement 3: Expire idle previews', 'fields', {
      values: { priority: 'Should Have', description: 'Delete a preview that has had no request for 48 hours and tell the pull request.' },
    })
    .fill('Requirement 3: Expire idle previews', 'list', { items: ['`idle_hours` per team, default 48'] }, { label: 'Inputs' })
    .fill('Requirement 3: Expire idle previews', 'list', { items: ['A pull request comment naming the expired preview'] }, { label: 'Outputs' })
    .fill('Requirement 3: Expire idle previews', 'list', { items: ['Any HTTP request to the preview resets the idle timer'] }, { label: 'Business Rules' })
    .fill('Requirement 3: Expire idle previews', 'list', { items: ['A preview that is still `provisioning` is never expired'] }, { label: 'Edge Cases' })
    .fill('Performance', 'fields', {
      values: {
        'response-time': '<300ms for the tool call; provisioning itself is asynchronous',
        throughput: '50 concurrent previews across all teams',
        scalability: 'Up to 200 previews when the second node pool is added',
      },
    })
    .fill('Security', 'fields', {
      values: {
        authentication: 'Agents use their MCP session token; the REST endpoint uses the Catalyst API token',
        authorization: 'Only members of the team that owns the repository can create or delete its previews',
        'data-protection': 'Preview databases are seeded from fixtures, never from production; secrets are encrypted with AES-256-GCM',
        'audit-logging': 'Create, redeploy and delete, with the caller and the pull request',
      },
    })
    .fill('Reliability', 'fields', {
      values: {
        availability: '99.5% for the tool; previews themselves carry no uptime promise',
        'error-handling': 'Failures return a `code` and a `hint` the agent can act on',
        'retry-logic': 'Provisioning retries twice with backoff before `failed`',
      },
    })
    .fill('Maintainability', 'fields', {
      values: {
        'code-coverage': '>85% for the Actions and Models layers',
        documentation: 'MCP tool docs with examples, REST reference and a runbook for stuck previews',
        'layer-compliance': 'Kubernetes calls only in `actions/previews/`',
      },
    })
    .rename('Tool: `tool_name`', 'Tool: `create_preview_environment`')
    .fill('Tool: `create_preview_environment`', 'fields', { values: { description: 'Creates or returns the preview environment of a pull request.' } })
    .fill('Tool: `create_preview_environment`', 'code', { code: '{\n  "repository": "string",\n  "pull_request": "number"\n}' }, { label: 'Input Schema' })
    .fill('Tool: `create_preview_environment`', 'code', { code: '{\n  "url": "string",\n  "status": "provisioning|ready|failed",\n  "expires_at": "string"\n}' }, { label: 'Output Schema' })
    .fill('Tool: `create_preview_environment`', 'list', {
      items: ['`FORK_NOT_SUPPORTED`: The pull request comes from a fork; tell the user and stop.', '`TEAM_LIMIT_REACHED`: Ten previews are running; ask the user which one to delete.'],
    }, { label: 'Error Cases' })
    .rename('`POST /api/resource`', '`POST /api/v1/previews`')
    .fill('`POST /api/v1/previews`', 'fields', { values: { description: 'Same action as the MCP tool, for CI pipelines and the web UI.' } })
    .fill('`POST /api/v1/previews`', 'code', { code: '{\n  "repository": "acme/storefront",\n  "pull_request": 412\n}' }, { label: 'Request' })
    .fill('`POST /api/v1/previews`', 'code', { code: '{\n  "id": "prv_8f2c",\n  "url": "https://pr-412.preview.acme.dev",\n  "status": "provisioning"\n}' }, { label: 'Response (200 OK)' })
    .fill('`POST /api/v1/previews`', 'list', { items: ['`400 Bad Request`: Missing `repository` or `pull_request`', '`401 Unauthorized`: No or expired API token', '`409 Conflict`: Team limit reached'] }, { label: 'Error Responses' })
    .rename('`table_name`', '`preview_environments`')
    .fill('`preview_environments`', 'table', {
      columns: ['Column', 'Type', 'Constraints', 'Description'],
      rows: [
        ['`id`', 'UUID', 'PRIMARY KEY', 'Unique identifier'],
        ['`team_id`', 'UUID', 'FOREIGN KEY (teams.id)', 'Owning team'],
        ['`pull_request`', 'INTEGER', 'NOT NULL', 'Pull request number'],
        ['`status`', 'TEXT', 'CHECK (`provisioning|ready|failed`)', 'Lifecycle state'],
        ['`last_request_at`', 'TIMESTAMP', 'NULL', 'For idle expiry'],
      ],
    })
    .fill('`preview_environments`', 'list', { items: ['`idx_preview_team_pr` on `(team_id, pull_request)`, unique'] }, { label: 'Indexes' })
    .fill('`preview_environments`', 'list', { items: ['`team_id` → `teams.id` (many-to-one)'] }, { label: 'Relationships' })
    .fill('Modified Tables', 'prose', { markdown: 'None' })
    .switchOff('UI/UX Requirements')
    .fill('Unit Tests', 'list', { items: ['All Models layer functions (>80%)', 'Token encryption/decryption', 'Idle-expiry timer edge cases'] }, { label: 'Mandatory Coverage' })
    .fill('Unit Tests', 'list', { items: ['Second create for the same pull request returns the existing preview', 'Fork pull request is refused'] }, { label: 'Test Scenarios' })
    .fill('Integration Tests', 'list', { items: ['Create and delete a namespace against a kind cluster', 'Seed a preview database from fixtures with real Postgres'] }, { label: 'Scenarios' })
    .fill('E2E Tests', 'list', { items: ['Agent calls the tool, waits for `ready`, opens the URL', 'Merge the pull request and see the preview disappear'] }, { label: 'Workflows' })
    .fill('E2E Tests', 'checklist', { items: [{ checked: false, text: 'Preview URL comment appears on the pull request' }] }, { label: 'Playwright Test Coverage' })
    .fill('Migration Strategy', 'code', {
      code: [
        'CREATE TABLE preview_environments (',
        '  id UUID PRIMARY KEY,',
        '  team_id UUID NOT NULL REFERENCES teams (id),',
        '  pull_request INTEGER NOT NULL,',
        "  status TEXT NOT NULL CHECK (status IN ('provisioning', 'ready', 'failed')),",
        '  last_request_at TIMESTAMP',
        ');',
      ].join('\n'),
    }, { label: 'Database Migrations' })
    .fill('Migration Strategy', 'prose', { markdown: 'A new table only; existing deployments are unaffected until the feature flag is on.' }, { label: 'Backward Compatibility' })
    .fill('Migration Strategy', 'prose', { markdown: 'None: no existing data needs transformation.' }, { label: 'Data Backfill' })
    .fill('Dependencies', 'list', { items: ['`@kubernetes/client-node`: 1.x, namespace and deployment calls'] }, { label: 'External Libraries' })
    .fill('Dependencies', 'list', { items: ['Team membership service: authorization checks'] }, { label: 'Internal Dependencies' })
    .fill('Dependencies', 'list', { items: ['Preview node pool with wildcard DNS `*.preview.acme.dev`: hosting the environments'] }, { label: 'Infrastructure' })
    .fill('Risks & Mitigations', 'table', {
      columns: ['Risk', 'Probability', 'Impact', 'Mitigation'],
      rows: [
        ['Preview cluster runs out of capacity', 'Med', 'High', 'Team limit of 10 and idle expiry after 48 hours'],
        ['Fixtures drift from the real schema', 'High', 'Med', 'Seed step runs the migrations first'],
        ['A preview leaks a secret in its URL', 'Low', 'High', 'Secrets only via env vars | never in query strings'],
      ],
    })
    .fill('Success Metrics', 'checklist', {
      items: [
        { checked: false, text: 'All acceptance criteria met' },
        { checked: false, text: 'Test coverage >80%' },
        { checked: false, text: 'Documentation complete' },
        { checked: false, text: 'E2E tests passing' },
      ],
    }, { label: 'Launch Criteria' })
    .fill('Success Metrics', 'list', { items: ['Agent MCP tool usage >50 calls/day after 4 weeks', 'PR preview environment creation <2 minutes at p90'] }, { label: 'Post-Launch Metrics' })
    .fill('Open Questions', 'list', {
      items: ['Should previews of draft pull requests count toward the team limit?', 'Do we need [NEEDS CLARIFICATION: data residency for EU teams - can previews run in us-east?]'],
    })
    .fill('Open Questions', 'fields', { values: { answers: 'Tracked in the #catalyst-previews channel; decisions are copied here.' } })
    .fill('@footer', 'fields', { values: { 'spec-status': 'Draft', 'last-updated': '2026-11-21' } }).draft;
}
