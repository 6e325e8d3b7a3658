import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDraft } from '../../draft/create-draft';
import { BlockValue, type BlockValueKind, type Draft } from '../../draft/draft-schema';
import { addGroupItem } from '../../draft/group-edits';
import { findDraftSection, setBlockValue, setFrontmatterValue, setMetadataValue, setSectionEnabled, setSectionTitle, setTitleText } from '../../draft/section-edits';
import { parseTemplate } from '../../template/parse-template';
import type { TemplateSchema } from '../../template/schema';

/**
 * The five built-in templates, each filled the way a team would fill it:
 * real sentences, code, tables, an added user story, a switched-off section.
 * Shared by the share-link tests and bench/measure-share.ts.
 */

// A path, not `new URL(...)`: under happy-dom the DOM's URL loses the directory.
const templatesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../templates');

/** Every built-in template, parsed as the app parses them (id = file name without `.md`). */
export const builtInTemplates: ReadonlyMap<string, TemplateSchema> = new Map(
  readdirSync(templatesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.md$/, '');
      return [id, parseTemplate(readFileSync(resolve(templatesDir, file), 'utf8'), { id }).template] as const;
    }),
);

export const builtInTemplate = (id: string): TemplateSchema | undefined => builtInTemplates.get(id);

const now = new Date('2026-11-21T09:30:00Z');

function freshDraft(templateId: string): Draft {
  const template = builtInTemplates.get(templateId);
  if (!template) throw new Error(`No built-in template ${templateId}`);
  return createDraft(template, { id: `filled-${templateId}`, now });
}

type ValueOf<K extends BlockValueKind> = Extract<BlockValue, { kind: K }>;

/** Replaces block `index` of a section (or `@preamble`, `@footer`); fails loudly if the template has moved on. */
function fill<K extends BlockValueKind>(draft: Draft, place: string, index: number, kind: K, content: Omit<ValueOf<K>, 'kind' | 'blockId'>): Draft {
  const blocks = place === '@preamble' ? draft.preamble : place === '@footer' ? draft.footer : findDraftSection(draft.sections, place)?.blocks;
  const current = blocks?.[index];
  if (!current || current.kind !== kind) throw new Error(`${draft.templateId}: block ${index} of ${place} is ${current?.kind ?? 'missing'}, not ${kind}`);
  return setBlockValue(draft, place, BlockValue.parse({ ...content, kind, blockId: current.blockId }));
}

/** Fields keep the values not named here. */
function fields(draft: Draft, place: string, index: number, values: Record<string, string>): Draft {
  const blocks = place === '@footer' ? draft.footer : findDraftSection(draft.sections, place)?.blocks;
  const current = blocks?.[index];
  if (current?.kind !== 'fields') throw new Error(`${draft.templateId}: block ${index} of ${place} is not fields`);
  for (const key of Object.keys(values)) if (!(key in current.values)) throw new Error(`${draft.templateId}: ${place} has no field ${key}`);
  return fill(draft, place, index, 'fields', { values: { ...current.values, ...values } });
}

type Story = {
  title: string;
  journey: string;
  why: string;
  test: string;
  scenarios: { given: string; when: string; then: string }[];
};

const storyGroup = 'user-scenarios-testing/user-story-1-brief-title-priority-p1~group';
const storyId = (n: number) => `user-scenarios-testing/user-story-${n}-brief-title-priority-p${n}`;

/** A spec-kit user story: heading, journey, why, independent test, Given/When/Then. */
function story(draft: Draft, sectionId: string, s: Story): Draft {
  let d = setSectionTitle(draft, sectionId, s.title);
  d = fill(d, sectionId, 0, 'prose', { markdown: s.journey });
  d = fields(d, sectionId, 1, { 'why-this-priority': s.why, 'independent-test': s.test });
  return fill(d, sectionId, 2, 'scenarios', { items: s.scenarios });
}

function idList(draft: Draft, place: string, index: number, prefix: string, texts: string[]): Draft {
  return fill(draft, place, index, 'idList', { items: texts.map((text, k) => ({ id: `${prefix}-${String(k + 1).padStart(3, '0')}`, text })) });
}

export function filledOpportunitySolution(): Draft {
  let d = freshDraft('opportunity-solution-spec');
  d = setFrontmatterValue(d, 'status', 'approved');
  d = setFrontmatterValue(d, 'opportunity', 'search-retention-drop');
  d = setFrontmatterValue(d, 'created', '2026-10-02');
  d = setFrontmatterValue(d, 'updated', '2026-11-18');
  d = setFrontmatterValue(d, 'estimate', '6 days');
  d = setFrontmatterValue(d, 'owner', 'product');
  d = setTitleText(d, 'Saved searches with weekly email digests');
  d = fields(d, 'opportunity-context', 0, {
    'from-ost': 'Returning buyers cannot find new listings that match what they looked for last week',
    hypothesis: 'If buyers can save a search and get a weekly digest of new matches, more of them will come back within 30 days.',
    'success-metric': '30-day return rate of buyers who saved a search rises from 22% to 30% within two months of launch.',
  });
  d = fields(d, 'problem-value', 0, {
    who: 'Returning buyers on the marketplace, mostly small-business owners who buy used equipment a few times a year.',
    problem: 'Search results change every day, and buyers have to repeat the same search, with the same six filters, to notice anything new. Most give up after two or three tries.',
    value: 'Buyers hear about the listing they wanted before a competitor does; sellers get more qualified views; we win back the buyers we lose after their first visit.',
  });
  d = fill(d, 'scope-boundaries', 0, 'list', {
    items: [
      'Save the current search (query text and filters) under a name, from the results page',
      'List, rename and delete saved searches on the account page',
      'A weekly email digest with up to 20 new matches per saved search',
      'One-click unsubscribe per saved search, from the email itself',
    ],
  });
  d = fill(d, 'scope-boundaries', 1, 'list', {
    items: [
      'Instant push notifications (reason: needs the mobile notification service, planned for Q2)',
      'Sharing saved searches between accounts (reason: no user asked for it in 40 interviews)',
      'Price-drop alerts on single listings (reason: separate opportunity on the tree)',
    ],
  });
  d = fill(d, 'system-context-context-injection', 0, 'list', {
    items: [
      '`search/query_builder.py` - build the digest query exactly as the results page does',
      '`notifications/email/` - existing templated email sender with bounce handling',
      'See PROJECT_INDEX.md [D-014] for why search filters are stored as a JSON document',
      'See LEARNINGS.md [E-031] for the time-zone bug in the last weekly job',
    ],
  });
  d = fill(d, 'system-context-context-injection', 1, 'list', {
    items: [
      'Requires DIGEST_SENDER_ADDRESS environment variable (see .env.example)',
      'Uses the existing `User` and `SearchFilter` models (see schema/docs/search.md)',
      'Depends on Celery 5.3 beat for the weekly schedule (already installed)',
    ],
  });
  d = fill(d, 'system-context-context-injection', 2, 'list', {
    items: ['Reads listings through the search service at `/internal/search` with a `since` cursor', 'Shares the filter model with the results page, so a saved search always reproduces it'],
  });
  d = fill(d, 'constraints-guardrails-what-not-to-do', 0, 'list', {
    items: [
      '❌ Never log the search text of a saved search next to the user id',
      '✅ Must validate the filter document against the current filter schema before saving',
      '✅ Must use parameterized queries for the digest (no string interpolation)',
      '✅ Unsubscribe tokens must expire (max: 90d) and work without a login',
    ],
  });
  d = fill(d, 'constraints-guardrails-what-not-to-do', 1, 'list', {
    items: [
      '❌ No N+1 queries when building 50,000 digests (batch by filter hash)',
      '❌ No digest work inside the web request that saves a search',
      '✅ Saving a search must answer in <200ms for 95% of requests',
      '✅ The weekly job must finish within 2 hours for 500,000 saved searches',
    ],
  });
  d = fill(d, 'requirements/functional', 0, 'list', {
    items: [
      'A signed-in buyer can save the current search under a name of up to 60 characters',
      'The digest lists only listings published since the previous digest, newest first',
      'A saved search whose filters no longer exist is kept, flagged, and left out of the digest',
      'Unsubscribing from one saved search leaves the others subscribed',
    ],
  });
  d = fill(d, 'requirements/non-functional', 0, 'list', {
    items: [
      'Input validation: name 1-60 characters; at most 25 saved searches per account',
      'Error handling: 409 with code `search_exists` when the same filters are already saved',
      'Logging: one INFO line per digest batch with counts, never the search text',
      'Monitoring: digests sent, bounced and unsubscribed per week, alert when bounces exceed 3%',
    ],
  });
  d = fill(d, 'interfaces-contracts', 0, 'code', {
    lang: 'python',
    code: [
      '# Saved searches API',
      'POST /api/v1/saved-searches',
      '  Headers: { "Authorization": "Bearer <token>" }',
      '  Body: {',
      '    "name": "string (1-60 chars)",',
      '    "filters": { "category": "forklifts", "max_price": 12000, "within_km": 80 }',
      '  }',
      '  Returns: 201 { "id": 4182, "name": "Forklifts near Lyon", "digest": "weekly" }',
      '  Errors:',
      '    400 - filters do not match the filter schema',
      '    401 - Unauthorized',
      '    409 - search_exists (same filters saved already)',
      '',
      'DELETE /api/v1/saved-searches/{id}',
      '  Returns: 204',
      '  Errors: 404 - Not found',
    ].join('\n'),
  });
  d = fill(d, 'interfaces-contracts', 1, 'code', {
    lang: 'python',
    code: [
      '# Database schema changes',
      'Table: saved_search',
      '  id: INTEGER PRIMARY KEY',
      '  user_id: INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE',
      '  name: VARCHAR(60) NOT NULL',
      '  filters: JSONB NOT NULL',
      '  filter_hash: CHAR(64) NOT NULL',
      '  last_digest_at: TIMESTAMP NULL',
      '  created_at: TIMESTAMP NOT NULL DEFAULT now()',
      '',
      '  Indexes: UNIQUE (user_id, filter_hash)',
    ].join('\n'),
  });
  d = fields(d, 'edge-cases-risks', 0, {
    'empty-null-inputs': 'A search with no query and no filters cannot be saved; the button explains why.',
    'duplicate-requests': 'The unique (user_id, filter_hash) index makes a double click save once; the second request gets 409.',
    'concurrent-modifications': 'Renaming and deleting the same search in two tabs: last write wins, delete is final.',
    'resource-limits': '25 saved searches per account; 20 listings per digest section with a link to see all.',
    'partial-failures': 'The job records last_digest_at per search only after the email is accepted, so a crash resends at most one batch.',
  });
  d = fields(d, 'edge-cases-risks', 1, {
    'security-risk': 'Unsubscribe links that could be guessed: use signed, expiring tokens bound to one saved search.',
    'performance-risk': 'Half a million digest queries on Monday morning: group searches by filter hash and run each query once.',
    'data-integrity-risk': 'A category is renamed and old filters stop matching: flag the search and tell the buyer in the next email.',
    'integration-risk': 'The email provider throttles us: queue with backoff and spread sending over two hours.',
  });
  return d;
}

export function filledDataPlatform(): Draft {
  let d = freshDraft('data-platform-feature-spec');
  d = setTitleText(d, 'Pipeline run history and SLA alerts');
  d = setMetadataValue(d, 'feature-branch', '`042-run-history-sla`');
  d = setMetadataValue(d, 'input', 'User description: "Operators need to see every run of a pipeline, not just the last status, and be told when a client\'s daily load misses its SLA."');
  d = story(d, storyId(1), {
    title: 'User Story 1 - Operators see every run of a pipeline (Priority: P1)',
    journey: 'An operator opens a pipeline and sees its runs for the last 30 days as a timeline: when each started, how long it took, how many rows it loaded, and how it ended. Failed runs show the error and the step that failed.',
    why: 'Today only the latest status is kept, so a pipeline that failed overnight and succeeded on retry looks healthy. Operators cannot answer "did the 6 a.m. load run?" without reading logs.',
    test: 'Can be fully tested by running one pipeline three times (success, failure, retry) and checking the timeline shows three runs with the right outcomes.',
    scenarios: [
      { given: 'a pipeline that ran 12 times this week', when: 'the operator opens its page', then: 'all 12 runs are listed, newest first, with start time, duration, rows and outcome' },
      { given: 'a run that failed in the `transform` step', when: 'the operator opens that run', then: 'the error message and the failed step are shown, and the run links to its logs' },
    ],
  });
  d = story(d, storyId(2), {
    title: 'User Story 2 - Alert when a daily load misses its SLA (Priority: P2)',
    journey: 'An operator sets an SLA on a pipeline ("loaded by 07:00 Europe/Paris"). If no successful run has finished by then, the on-call channel gets one alert naming the client, the pipeline and the last run.',
    why: 'Clients notice late data before we do; two escalations last quarter came from missed loads nobody was told about.',
    test: 'Set an SLA five minutes ahead on a paused pipeline and check exactly one alert arrives after it passes.',
    scenarios: [{ given: 'an SLA of 07:00 and no successful run today', when: 'the clock passes 07:00', then: 'one alert is sent to the client\'s on-call channel and the pipeline shows "SLA missed"' }],
  });
  d = story(d, storyId(3), {
    title: 'User Story 3 - Export run history for the monthly report (Priority: P3)',
    journey: 'An account manager exports a month of runs for one client as CSV, to attach to the monthly service report.',
    why: 'The report is assembled by hand from screenshots today; it takes half a day per client.',
    test: 'Export October for a test client and compare the row count with the runs table.',
    scenarios: [{ given: 'a client with 3 pipelines', when: 'the manager exports October', then: 'the CSV has one row per run with pipeline, start, end, rows loaded and outcome' }],
  });
  const added = addGroupItem(d, storyGroup, now);
  d = story(added.draft, added.sectionId, {
    title: 'User Story 4 - Mute alerts during planned maintenance (Priority: P3)',
    journey: 'An operator schedules a maintenance window for a client; SLA alerts for that client are held until it ends, then sent once if the SLA is still missed.',
    why: 'Planned source-system downtime currently pages the on-call engineer at night for nothing.',
    test: 'Schedule a window over an SLA time and check no alert is sent during it and one is sent after it if the load is still missing.',
    scenarios: [{ given: 'a maintenance window from 05:00 to 08:00', when: 'the 07:00 SLA is missed', then: 'no alert is sent before 08:00, and one is sent at 08:00 if there is still no successful run' }],
  });
  d = fill(d, 'user-scenarios-testing/edge-cases', 0, 'list', {
    items: [
      'What happens when a run is still going at the SLA time? It counts as missed; the alert says the run is in progress.',
      'How does the system handle a retried event with the same run id? It is deduplicated by (pipeline_id, run_id, status).',
      'What happens when the clock changes for daylight saving? SLAs are stored with a time zone, not as UTC offsets.',
    ],
  });
  d = idList(d, 'requirements/functional-requirements', 0, 'FR', [
    'System MUST store every run of every pipeline as a row in `runs`, linked to `pipelines` and `clients`.',
    'System MUST record status changes as timestamped events, never by overwriting the run\'s status.',
    'System MUST accept the same run event twice and keep one copy (dedupe key: pipeline_id, run_id, status).',
    'System MUST serve run history through `GET /pipelines/{id}/runs` with cursor pagination.',
    'System MUST evaluate each `alert_rules` SLA once per minute and alert at most once per missed day.',
  ]);
  d = fill(d, 'requirements/key-entities', 0, 'definitions', {
    items: [
      { term: 'Run', text: 'One execution of a pipeline: start and end times, rows loaded, outcome, and the events that led there.' },
      { term: 'SLA rule', text: 'A pipeline\'s deadline for a successful run each day, with its time zone and the channel to alert.' },
      { term: 'Maintenance window', text: 'A period during which a client\'s SLA alerts are held, not dropped.' },
    ],
  });
  d = idList(d, 'requirements/data-integrity-invariants', 0, 'DI', [
    'A run has exactly one terminal event (succeeded, failed or cancelled), and none after it.',
    'Event times for one run never go backwards; an out-of-order event is stored and flagged.',
    'Deleting a pipeline keeps its runs for 13 months for billing disputes.',
    'Row counts are non-negative integers; a source that reports -1 is stored as unknown.',
  ]);
  d = idList(d, 'requirements/api-contracts-query-patterns', 0, 'AC', [
    '`GET /pipelines/{id}/runs?since=&cursor=` returns at most 100 runs, newest first.',
    '`GET /clients/{id}/runs.csv?month=2026-10` streams the export; no more than 50,000 rows.',
    '`PUT /pipelines/{id}/sla` validates the time zone against the IANA database and answers 422 otherwise.',
    'Every list endpoint answers in under 300 ms at p95 for a client with 200 pipelines.',
  ]);
  d = idList(d, 'requirements/observability-bi-outputs', 0, 'OB', [
    'Metric `pipeline_runs_total{outcome}` and histogram `pipeline_run_seconds` per client.',
    'Metric `sla_missed_total` and a daily BI table `sla_daily` with one row per pipeline per day.',
    'Alert when ingestion of run events lags by more than 5 minutes.',
  ]);
  d = idList(d, 'requirements/security-environment-scope', 0, 'SE', [
    'Operators see runs of all clients; account managers only of their own clients.',
    'Alert channels are stored as references to secrets, never as raw webhook URLs.',
    'Staging uses anonymised client names; production data never leaves the EU region.',
  ]);
  d = idList(d, 'success-criteria/measurable-outcomes', 0, 'SC', [
    'Operators answer "did the load run?" from the UI in under 30 seconds, measured in 5 usability sessions.',
    'Every missed SLA in the first month is alerted within 2 minutes; zero client-reported misses go unalerted.',
    'Monthly report preparation drops from half a day to under 30 minutes per client.',
    'No more than one alert per pipeline per day (no alert storms), checked over the first 30 days.',
  ]);
  return d;
}

export function filledGitopsOperations(): Draft {
  let d = freshDraft('gitops-operations-feature-spec');
  d = setTitleText(d, 'Zero-touch rebuild of edge nodes');
  d = setMetadataValue(d, 'feature-branch', '`017-zero-touch-rebuild`');
  d = setMetadataValue(d, 'status', 'In review');
  d = setMetadataValue(d, 'input', 'User description: "When an edge node\'s disk dies, rebuilding it takes a day of someone\'s time. Make it a button."');
  d = story(d, storyId(1), {
    title: 'User Story 1 - Rebuild a dead node from blank media (Priority: P1)',
    journey: 'An operator replaces the disk of a failed node, powers it on, and walks away. The node boots over the network, installs the OS, joins the cluster and gets its workloads back through GitOps, with no one logging in.',
    why: 'A rebuild takes a full day by hand today and is done about twice a month; mistakes in it caused one outage this year.',
    test: 'Wipe the disk of a staging node and time it from power-on to all its pods ready; no shell session is allowed.',
    scenarios: [
      { given: 'a node with a blank disk on the provisioning VLAN', when: 'it is powered on', then: 'it installs, joins the cluster and is Ready within 60 minutes' },
      { given: 'a rebuilt node', when: 'Argo CD syncs', then: 'the node\'s labels, taints and workloads match the Git repository, with no manual diff' },
    ],
  });
  d = story(d, storyId(2), {
    title: 'User Story 2 - See rebuild progress in one place (Priority: P2)',
    journey: 'The operator follows a rebuild on the fleet dashboard: each stage (PXE boot, OS install, kubelet join, GitOps sync) with its start time and state.',
    why: 'Without it, operators keep logging into the node to check, which defeats the point.',
    test: 'Rebuild a staging node and check all four stages appear in order on the dashboard.',
    scenarios: [{ given: 'a rebuild in progress', when: 'the OS install fails', then: 'the dashboard shows the failed stage and a link to the install log' }],
  });
  d = story(d, storyId(3), {
    title: 'User Story 3 - Retire a node cleanly (Priority: P3)',
    journey: 'An operator removes a node from the inventory file; the pipeline drains it, removes it from the cluster and revokes its credentials.',
    why: 'Retired nodes keep valid certificates today, which the last audit flagged.',
    test: 'Remove a staging node from the inventory and check it is drained, deleted and its certificate revoked.',
    scenarios: [{ given: 'a node listed in the inventory', when: 'its entry is removed and merged', then: 'it is drained, deleted from the cluster, and its kubelet certificate is revoked' }],
  });
  d = setSectionEnabled(d, storyId(3), false);
  d = fill(d, 'requirements/key-entities', 0, 'definitions', {
    items: [
      { term: 'Node profile', text: 'The hardware class, disk layout, labels and taints a node gets, kept in Git.' },
      { term: 'Rebuild', text: 'One run from power-on to a Ready node, with the stages it went through.' },
    ],
  });
  d = fields(d, 'operational-readiness', 0, {
    'gitops-evidence': 'CI job `plan-node-profiles` attaches `kubectl diff` for every profile change; the rebuild itself changes nothing in Git.',
    'idempotence-proof': 'Rebuilding the same node twice in a row gives byte-identical node objects (checked in CI on a kind cluster).',
    'access-secrets': 'The join token is single-use and expires after 2 hours; secrets stay in SOPS with the age key in the HSM.',
    'observability-hooks': 'New metrics `node_rebuild_seconds{stage}` and `node_rebuild_failures_total`; alert when a rebuild stalls for 20 minutes.',
    'runbook-updates': '`docs/runbooks/node-rebuild.md` rewritten; `docs/runbooks/pxe-troubleshooting.md` added and walked through on staging.',
  });
  d = idList(d, 'success-criteria/measurable-outcomes', 0, 'SC', [
    'A node rebuild takes under 60 minutes from power-on, at p90 over the first 10 rebuilds.',
    'Zero shell sessions on rebuilt nodes during a rebuild, checked in the audit log.',
    'Operator time per rebuild drops from about 8 hours to under 15 minutes.',
    'Every rebuilt node passes the conformance check on the first try.',
  ]);
  return d;
}

export function filledInferenceService(): Draft {
  let d = freshDraft('inference-service-feature-spec');
  d = setTitleText(d, 'Streamed answers for long transcriptions');
  d = setMetadataValue(d, 'feature-branch', '`088-streamed-transcripts`');
  d = setMetadataValue(d, 'input', 'User description: "Users wait minutes for a long recording to be transcribed and see nothing. Show the text as it comes."');
  d = story(d, storyId(1), {
    title: 'User Story 1 - Read the transcript while it is being made (Priority: P1)',
    journey: 'A user uploads a 40-minute interview. Within seconds the first sentences appear, and the rest follows as the model works through the audio. They can start reading, and copying, before it finishes.',
    why: 'Half of the support tickets about "stuck" jobs are long files that were working fine; users cannot tell.',
    test: 'Upload a 10-minute file and check the first text appears within 15 seconds and the final text equals a non-streamed run.',
    scenarios: [
      { given: 'a 40-minute recording', when: 'the user uploads it', then: 'the first segment appears within 15 seconds and more follow at least every 10 seconds' },
      { given: 'a transcript being streamed', when: 'the job finishes', then: 'the page shows "done" and the full text is identical to the non-streamed result' },
    ],
  });
  d = story(d, storyId(2), {
    title: 'User Story 2 - Pick up where I left off after a reload (Priority: P2)',
    journey: 'A user reloads the page or loses the connection mid-stream. When they come back, the segments so far are shown at once and the stream continues.',
    why: 'Long jobs outlive flaky hotel Wi-Fi; losing the view means starting over.',
    test: 'Reload during a stream and check no segment is missing or shown twice.',
    scenarios: [{ given: 'a job at segment 57', when: 'the browser reconnects with `Last-Event-ID: 57`', then: 'segments 58 onwards are sent and none before' }],
  });
  d = story(d, storyId(3), {
    title: 'User Story 3 - Cancel a job that is going wrong (Priority: P3)',
    journey: 'A user sees the wrong language being transcribed and cancels; the GPU slot is freed at once and the partial text is kept.',
    why: 'Wrong-language jobs are about 4% of GPU time.',
    test: 'Cancel a job mid-stream and check the worker frees its slot within 5 seconds.',
    scenarios: [{ given: 'a job streaming segments', when: 'the user presses Cancel', then: 'the job ends as `cancelled`, the partial text stays, and the GPU slot is free within 5 seconds' }],
  });
  d = fill(d, 'user-scenarios-testing/edge-cases', 0, 'list', {
    items: [
      'What happens when the audio has an hour of silence? Heartbeat events keep the connection open; no empty segments are sent.',
      'How does the system handle a worker crash mid-job? The job restarts from the last committed segment, not from zero.',
      'What is the fallback when long-running inference exceeds timeout/resource limits? The job fails as `timeout` after 3× the audio length, keeping the segments so far.',
    ],
  });
  d = idList(d, 'requirements/functional-requirements', 0, 'FR', [
    'System MUST send transcript segments to the browser as server-sent events as soon as each is decoded.',
    'System MUST number segments and resume from `Last-Event-ID` after a reconnect.',
    'Users MUST be able to cancel a running job and keep the partial transcript.',
    'System MUST persist task state transitions (`pending`, `processing`, `done`, `failed`, `cancelled`) for long-running operations.',
    'System MUST return actionable error details for failed operations, including the last segment reached.',
  ]);
  d = fill(d, 'requirements/api-contract-compatibility', 0, 'list', {
    items: [
      'New `GET /api/jobs/{id}/stream` (text/event-stream); `GET /api/jobs/{id}` is unchanged.',
      'Backend: `backend/routes/jobs.py`, `backend/worker/stream.py`; frontend: `src/jobs/use-job-stream.ts`.',
      'Backward compatible: clients that poll keep working; the stream is opt-in.',
    ],
  });
  d = fill(d, 'requirements/configuration-source-of-truth-impact', 0, 'list', {
    items: [
      '`src/inference_settings.json` gains `stream.segment_seconds` (default 8) for the Whisper modes only.',
      '`backend/config.py` reads the same key; `backend/app.py` registers the stream route.',
      'Confirmed: the UI reads segment length from settings, nothing is hard-coded.',
    ],
  });
  d = fill(d, 'requirements/security-secrets-impact', 0, 'list', {
    items: [
      'The stream uses the same session cookie as the page; `X-API-Key` clients get the stream too.',
      'No CORS change: the stream is same-origin.',
      'Confirmed: no new secrets.',
    ],
  });
  d = fill(d, 'requirements/observability-operations', 0, 'list', {
    items: [
      'Status events `pending`, `processing`, `done`, `failed`, `cancelled` are pushed on the stream as well as stored.',
      'Log one line per job with segments sent, reconnects and time to first segment.',
      'Rollback: switch `stream.enabled` off; clients fall back to polling with no deploy.',
    ],
  });
  d = fill(d, 'requirements/key-entities', 0, 'definitions', {
    items: [
      { term: 'Job', text: 'One transcription request: the audio, the chosen mode, its state and its segments.' },
      { term: 'Segment', text: 'A numbered piece of transcript with start and end times in the audio.' },
    ],
  });
  d = idList(d, 'success-criteria/measurable-outcomes', 0, 'SC', [
    'First text appears within 15 seconds for 95% of jobs over 5 minutes of audio.',
    'Streamed and non-streamed transcripts are identical for the 200-file regression set.',
    'No change in the existing polling flow: the old end-to-end tests pass unchanged.',
    'Every job has its status changes and time to first segment in the logs.',
  ]);
  return d;
}

export function filledProductFeature(): Draft {
  let d = freshDraft('product-feature-spec-api-data-model');
  d = setTitleText(d, 'OAuth token vault for MCP tools');
  d = setMetadataValue(d, 'author', 'Amira Haddad');
  d = setMetadataValue(d, 'status', 'Review');
  d = setMetadataValue(d, 'version', '0.3');
  d = fill(d, 'problem-statement', 0, 'prose', {
    markdown:
      'MCP tools that call third-party APIs (GitHub, Linear, Google Drive) need the user\'s OAuth token. Today each tool asks for a personal access token in its config file, stored in plain text, never refreshed, and copied between machines.\n\nWe want tools to ask Catalyst for a token at call time, scoped to what the tool needs, with the user granting access once.',
  });
  d = fields(d, 'problem-statement', 1, {
    'user-impact': 'Developers paste long-lived tokens into config files; three leaked tokens were found in public repositories last quarter.',
    'current-workaround': 'Personal access tokens in `~/.catalyst/tools.toml`, rotated by hand when they expire.',
  });
  d = fill(d, 'goals', 0, 'prose', { markdown: 'Give every MCP tool short-lived, scoped OAuth tokens without the tool or the user handling secrets.' });
  d = fill(d, 'goals', 1, 'list', { items: ['Tools get tokens through one MCP call, `vault.get_token`', 'Tokens are encrypted at rest and refreshed before they expire'] });
  d = fill(d, 'goals', 2, 'list', { items: ['Acting on behalf of other users (no delegation)', 'Storing API keys that are not OAuth'] });
  d = fill(d, 'constitutional-alignment', 1, 'definitions', {
    items: [
      { term: 'Secrets never leave the server', text: 'Tools receive a token for one call; the refresh token stays in the vault.' },
      { term: 'Layered architecture', text: 'The vault is a Models-layer service; tools reach it only through the MCP interface.' },
    ],
  });
  d = fields(d, 'constitutional-alignment', 2, { 'principle-conflicts': 'None found. The audit log adds a write per token use, within the performance budget.' });
  d = fill(d, 'user-stories/as-an-agent', 0, 'code', { lang: '', code: 'As an AI agent using the MCP server\nI want to get a GitHub token scoped to one repository\nSo that I can open a pull request without a stored secret' });
  d = fill(d, 'user-stories/as-an-agent', 1, 'checklist', {
    items: [
      { checked: true, text: '`vault.get_token` returns a token valid for at most 10 minutes' },
      { checked: false, text: 'A tool asking for a scope the user did not grant gets `SCOPE_NOT_GRANTED`' },
    ],
  });
  d = fill(d, 'user-stories/as-a-developer', 0, 'code', { lang: '', code: 'As a developer using Catalyst\nI want to connect my GitHub account once\nSo that I can stop pasting tokens into config files' });
  d = fill(d, 'user-stories/as-a-developer', 1, 'checklist', {
    items: [
      { checked: true, text: 'Connecting an account takes one browser round trip' },
      { checked: true, text: 'The config file no longer accepts a token field; startup explains how to connect instead' },
    ],
  });
  d = fill(d, 'user-stories/as-a-platform-operator', 0, 'code', { lang: '', code: 'As a platform operator\nI want to revoke every token of a user at once\nSo that I can offboard someone in one step' });
  d = fill(d, 'user-stories/as-a-platform-operator', 1, 'checklist', { items: [{ checked: false, text: 'Revoking a user deletes their refresh tokens and ends cached access tokens within 60 seconds' }] });
  d = setSectionTitle(d, 'functional-requirements/requirement-1-name', 'Requirement 1: Connect an OAuth account');
  d = fields(d, 'functional-requirements/requirement-1-name', 0, { description: 'A user connects a provider account through the OAuth authorization-code flow with PKCE; the vault stores the refresh token.' });
  d = fill(d, 'functional-requirements/requirement-1-name', 1, 'list', { items: ['Supported providers at launch: GitHub, Linear, Google'] });
  d = fill(d, 'functional-requirements/requirement-1-name', 2, 'list', { items: ['Refresh tokens are encrypted with the tenant key (AES-256-GCM)'] });
  d = fill(d, 'functional-requirements/requirement-1-name', 3, 'list', { items: ['A denied consent screen leaves no partial record', 'Reconnecting replaces the old refresh token'] });
  d = fill(d, 'functional-requirements/requirement-1-name', 4, 'list', { items: ['Depends on the tenant key service (KMS)'] });
  d = setSectionTitle(d, 'functional-requirements/requirement-2-name', 'Requirement 2: Issue a token to a tool');
  d = fields(d, 'functional-requirements/requirement-2-name', 0, { description: 'A tool calls `vault.get_token(provider, scopes)` and gets an access token for the current user, refreshed if needed.' });
  d = fields(d, 'non-functional-requirements/performance', 0, {
    'response-time': '`vault.get_token` under 50 ms at p95 with a cached access token, under 400 ms when it must refresh',
    throughput: '200 token requests per second per instance',
    scalability: 'Stateless service; tokens in Postgres, cache in Redis',
  });
  d = fields(d, 'non-functional-requirements/security', 0, {
    authentication: 'MCP session token; the vault checks the session is live on every call',
    authorization: 'A tool gets only the scopes the user granted to that tool',
    'data-protection': 'Refresh tokens encrypted at rest; access tokens never written to disk or logs',
    'audit-logging': 'One audit row per token issued: user, tool, provider, scopes, time',
  });
  d = fields(d, 'non-functional-requirements/reliability', 0, {
    availability: '99.9% monthly, same as the MCP server',
    'error-handling': 'Provider errors are mapped to `PROVIDER_UNAVAILABLE` or `REAUTH_REQUIRED`',
    'retry-logic': 'One retry with jitter on provider 5xx; none on 4xx',
  });
  d = fields(d, 'non-functional-requirements/maintainability', 0, { 'code-coverage': '90% for the vault package', documentation: 'Provider setup guide and tool author guide', 'layer-compliance': 'Checked by the import-boundary lint rule' });
  d = setSectionTitle(d, 'api-design/mcp-tools/tool-tool-name', 'Tool: `vault.get_token`');
  d = fields(d, 'api-design/mcp-tools/tool-tool-name', 0, { description: 'Returns an access token for the current user and provider, with at least the requested scopes.' });
  d = fill(d, 'api-design/mcp-tools/tool-tool-name', 1, 'code', { lang: 'json', code: '{\n  "provider": "github",\n  "scopes": ["repo:read", "pull_request:write"]\n}' });
  d = fill(d, 'api-design/mcp-tools/tool-tool-name', 2, 'code', { lang: 'json', code: '{\n  "access_token": "gho_…",\n  "expires_at": "2026-11-21T10:40:00Z",\n  "scopes": ["repo:read", "pull_request:write"]\n}' });
  d = fill(d, 'api-design/mcp-tools/tool-tool-name', 3, 'list', {
    items: [
      '`SCOPE_NOT_GRANTED`: the user has not granted these scopes to this tool; the agent asks the user to connect again',
      '`REAUTH_REQUIRED`: the provider revoked the refresh token; the agent shows the connect link',
    ],
  });
  d = setSectionTitle(d, 'api-design/rest-endpoints/post-api-resource', '`POST /api/vault/connections`');
  d = fields(d, 'api-design/rest-endpoints/post-api-resource', 0, { description: 'Starts connecting a provider account; returns the authorization URL to open.' });
  d = fill(d, 'api-design/rest-endpoints/post-api-resource', 1, 'code', { lang: 'json', code: '{\n  "provider": "linear",\n  "scopes": ["read", "issues:create"]\n}' });
  d = fill(d, 'api-design/rest-endpoints/post-api-resource', 2, 'code', { lang: 'json', code: '{\n  "id": "conn_8f2c",\n  "authorize_url": "https://linear.app/oauth/authorize?client_id=…&code_challenge=…",\n  "created_at": "2026-11-21T09:30:00Z"\n}' });
  d = fill(d, 'api-design/rest-endpoints/post-api-resource', 3, 'list', { items: ['`400 Bad Request`: unknown provider or scope', '`401 Unauthorized`: no live session'] });
  d = setSectionTitle(d, 'data-model/new-tables/table-name', '`oauth_connections`');
  d = fill(d, 'data-model/new-tables/table-name', 0, 'table', {
    columns: ['Column', 'Type', 'Constraints', 'Description'],
    rows: [
      ['`id`', 'UUID', 'PRIMARY KEY', 'Unique identifier'],
      ['`user_id`', 'UUID', 'FOREIGN KEY (users.id)', 'Owner of the connection'],
      ['`provider`', 'TEXT', 'NOT NULL', '`github`, `linear` or `google`'],
      ['`refresh_token`', 'BYTEA', 'NOT NULL', 'Encrypted with the tenant key'],
      ['`scopes`', 'TEXT[]', 'NOT NULL', 'Scopes the user granted'],
      ['`created_at`', 'TIMESTAMP', 'NOT NULL', 'Creation timestamp'],
    ],
  });
  d = fill(d, 'data-model/new-tables/table-name', 1, 'list', { items: ['`idx_oauth_connections_user_provider` on `(user_id, provider)`, unique'] });
  d = fill(d, 'data-model/new-tables/table-name', 2, 'list', { items: ['`user_id` → `users.id` (many-to-one, cascade on delete)'] });
  d = fill(d, 'data-model/modified-tables', 0, 'prose', { markdown: '`tools` gains `granted_scopes TEXT[]` per user and provider; existing rows get an empty array.' });
  d = fill(d, 'ui-ux-requirements', 0, 'list', { items: ['A "Connected accounts" page listing providers with Connect / Disconnect'] });
  d = fill(d, 'ui-ux-requirements', 1, 'list', { items: ['Tool settings show which scopes each tool may use, with a toggle per scope'] });
  d = fill(d, 'testing-requirements/unit-tests', 1, 'list', { items: ['Scope check: granted ⊇ requested, case-sensitive', 'Refresh happens 60 seconds before expiry, not after'] });
  d = fill(d, 'testing-requirements/integration-tests', 0, 'list', { items: ['Full OAuth round trip against a mock provider', 'Revocation clears the Redis cache within 60 seconds'] });
  d = fill(d, 'testing-requirements/e2e-tests', 0, 'list', { items: ['Connect GitHub, run the PR tool, disconnect', 'Expired refresh token leads the agent to show the connect link'] });
  d = fill(d, 'testing-requirements/e2e-tests', 1, 'checklist', { items: [{ checked: false, text: 'Runs nightly against the GitHub sandbox org' }] });
  d = fill(d, 'migration-strategy', 0, 'code', {
    lang: 'sql',
    code: "CREATE TABLE oauth_connections (\n  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n  user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,\n  provider TEXT NOT NULL CHECK (provider IN ('github', 'linear', 'google')),\n  refresh_token BYTEA NOT NULL,\n  scopes TEXT[] NOT NULL,\n  created_at TIMESTAMP NOT NULL DEFAULT now()\n);\nCREATE UNIQUE INDEX idx_oauth_connections_user_provider ON oauth_connections (user_id, provider);",
  });
  d = fill(d, 'migration-strategy', 1, 'prose', { markdown: 'Additive only: the new table and column ship first; tools switch to the vault one by one behind the `vault_tokens` flag.' });
  d = fill(d, 'migration-strategy', 2, 'prose', { markdown: 'Rollback: turn the flag off. Tokens already in config files keep working until the flag has been on everywhere for 30 days.' });
  d = fill(d, 'dependencies', 0, 'list', { items: ['`authlib` 1.3: OAuth client with PKCE'] });
  d = fill(d, 'dependencies', 1, 'list', { items: ['MCP session auth: the vault trusts its session check'] });
  d = fill(d, 'dependencies', 2, 'list', { items: ['Redis: short-lived access-token cache'] });
  d = fill(d, 'risks-mitigations', 0, 'table', {
    columns: ['Risk', 'Probability', 'Impact', 'Mitigation'],
    rows: [
      ['Provider changes its token format', 'Low', 'Med', 'Tokens are opaque to us; only expiry is parsed'],
      ['Tenant key unavailable', 'Low', 'High', 'Cached access tokens keep working for 10 minutes; alert on KMS errors'],
      ['Users grant too broad scopes', 'Med', 'Med', 'Tools declare the scopes they need; the UI grants those only'],
    ],
  });
  d = fill(d, 'success-metrics', 1, 'list', { items: ['No tool config in the monorepo holds a token 60 days after launch', 'Median time to connect an account under 20 seconds'] });
  d = fill(d, 'open-questions', 0, 'list', { items: ['Do we support GitHub Enterprise Server at launch?', 'Should operators see which scopes each user granted?'] });
  d = fields(d, 'open-questions', 1, { answers: 'GHES: not at launch (decided 2026-11-12). Scope visibility: yes, read-only, pending legal review.' });
  d = fields(d, '@footer', 0, { 'spec-status': 'Review', 'last-updated': '2026-11-20' });
  return d;
}

/** The five filled drafts, by template id. */
export const filledDrafts: readonly { template: string; build: () => Draft }[] = [
  { template: 'data-platform-feature-spec', build: filledDataPlatform },
  { template: 'gitops-operations-feature-spec', build: filledGitopsOperations },
  { template: 'inference-service-feature-spec', build: filledInferenceService },
  { template: 'opportunity-solution-spec', build: filledOpportunitySolution },
  { template: 'product-feature-spec-api-data-model', build: filledProductFeature },
];
