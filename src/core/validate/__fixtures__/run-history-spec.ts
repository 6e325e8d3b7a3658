import type { Draft } from '../../draft/draft-schema';
import { DraftFiller, freshDraft } from './draft-filler';

export const US1 = 'user-scenarios-testing/user-story-1-brief-title-priority-p1';
export const US2 = 'user-scenarios-testing/user-story-2-brief-title-priority-p2';
export const US3 = 'user-scenarios-testing/user-story-3-brief-title-priority-p3';
export const FR = 'requirements/functional-requirements';
export const DI = 'requirements/data-integrity-invariants';
export const AC = 'requirements/api-contracts-query-patterns';
export const OB = 'requirements/observability-bi-outputs';
export const SE = 'requirements/security-environment-scope';
export const SC = 'success-criteria/measurable-outcomes';

/** A data-platform spec filled in by hand as a data team would: nothing left for the validator to say. */
export function runHistorySpec(): Draft {
  return new DraftFiller(freshDraft('data-platform-feature-spec.md'))
    .title('Pipeline run history and duplicate-safe ingestion')
    .metadata({
      'feature-branch': '142-pipeline-run-history',
      input: 'User description: "Keep every run of a pipeline as its own record so support can see what happened, and make re-sent webhooks harmless."',
    })
    .heading(US1, 'User Story 1 - See the full run history of a pipeline (Priority: P1)')
    .prose(
      `${US1}#0`,
      'A support engineer opens a pipeline and sees every run it has had, newest first, with status, start and end time, and the source system that reported it. ' +
        'Today a new run overwrites the last status, so a failure at 02:00 followed by a success at 03:00 leaves no trace of the failure.',
    )
    .fields(`${US1}#1`, {
      'why-this-priority': 'Support cannot answer "did last night\'s load fail?" without it; it was the most requested item in the Q3 client reviews.',
      'independent-test': 'Can be fully tested by posting three run events for one pipeline and reading them back from the run history endpoint and the pipeline page.',
    })
    .scenarios(`${US1}#2`, [
      ['a pipeline with a failed run at 02:00 and a successful run at 03:00', 'a support engineer opens the pipeline page', 'both runs are listed, newest first, each with its own status and timestamps'],
      ['a pipeline with 500 runs', 'the engineer scrolls past the first 50', 'the next page of runs loads in the same order, without gaps or repeats'],
    ])
    .heading(US2, 'User Story 2 - Re-sent webhooks do not create duplicate runs (Priority: P2)')
    .prose(`${US2}#0`, "Source systems retry webhooks when they time out, so the same run can arrive two or three times. Each run is stored once, keyed by the pipeline and the source system's run ID.")
    .fields(`${US2}#1`, {
      'why-this-priority': 'Duplicates inflate failure counts on the client health dashboard and set off false alerts twice this quarter.',
      'independent-test': 'Send the same run event three times and check that one run exists and the alert rule fired at most once.',
    })
    .scenarios(`${US2}#2`, [['a run event already stored for pipeline P with external run ID 8812', 'the same event arrives again', 'the API answers 200 with the stored run and writes no new row']])
    .heading(US3, 'User Story 3 - Alert on repeated failures (Priority: P3)')
    .prose(`${US3}#0`, 'A client success manager sets an alert rule on a pipeline that fires when a given number of runs in a row fail.')
    .fields(`${US3}#1`, {
      'why-this-priority': 'Useful once history exists; until then managers check the dashboards by hand each morning.',
      'independent-test': 'Create a rule for 3 failures in a row, post 3 failed runs, and check that exactly one alert is sent.',
    })
    .scenarios(`${US3}#2`, [['an alert rule of 3 failures in a row on pipeline P', 'the third failed run in a row is stored', "one alert goes to the rule's channel, and none for the fourth failure"]])
    .list('user-scenarios-testing/edge-cases#0', [
      'What happens when a run event has an end time before its start time? It is rejected with a 422 naming both fields.',
      'How does the system handle a run event for a deleted pipeline? It is rejected with a 404 and nothing is stored.',
      'What happens when two copies of one event arrive at the same moment? The unique key turns the second insert into a no-op.',
    ])
    .ids(`${FR}#0`, [
      'System MUST store each run reported for a pipeline as its own record in `runs`, with status, start time, end time and source.',
      "System MUST keep run history as timestamped events and never overwrite an earlier run's status.",
      'System MUST treat a run event whose pipeline ID and external run ID are already stored as received, and return the stored run.',
      'System MUST validate run events against the published schema and answer 422 with the names of the failing fields.',
      "System MUST accept run events only when they are signed with the client's webhook secret.",
    ])
    .definitions('requirements/key-entities#0', [
      ['Run', 'One execution of a pipeline as a source system reports it: status, start and end time, external run ID.'],
      ['Alert rule', "A condition on a pipeline's recent runs, such as three failures in a row, and the channel to notify."],
    ])
    .ids(`${DI}#0`, [
      'A run is unique on `pipeline_id + external_run_id`; a second insert with the same pair returns the existing row.',
      '`runs.pipeline_id` references `pipelines.id`; deleting a pipeline is refused while it has runs.',
      'Run status is one of `queued`, `running`, `succeeded`, `failed` or `cancelled`; any other value is rejected.',
      'A migration writes the current status of each pipeline as one run; `pipelines.last_status` stays readable for one release.',
    ])
    .ids(`${AC}#0`, [
      '`POST /api/runs` accepts run event schema v2; unknown fields are ignored and missing required fields are rejected with 422.',
      'Errors use the existing envelope `{ "error": { "code": "...", "message": "...", "fields": [] } }` on every endpoint.',
      '`GET /api/pipelines/{id}/runs` returns runs newest first, 50 per page, with a cursor for the next page, and filters by status.',
      'Clients that read `last_status` keep working until the March 2027 release.',
    ])
    .ids(`${OB}#0`, [
      'A `run_events` time series with `started_at`, `finished_at`, `status` and `source` for the Grafana pipeline board.',
      'A Metabase question listing failed runs per client per week.',
      'A materialized view `client_run_health`, refreshed every 5 minutes.',
    ])
    .ids(`${SE}#0`, [
      'Webhook secrets are kept per client in the secrets manager and read only by the ingestion service account.',
      'Applies to dev, stage and prod; the backfill runs in stage first.',
      'Logs and metrics carry run and pipeline IDs only; payloads and secrets are never logged.',
    ])
    .ids(`${SC}#0`, [
      'Support engineers find the cause of a failed run in under 2 minutes, measured over 20 tickets.',
      'Sending the same run event 3 times creates 0 duplicate runs across 1,000 test deliveries.',
      'The run history endpoint answers at p95 < 250 ms for a pipeline with 10,000 runs.',
      'Grafana and Metabase show the same weekly failure counts for every client over 4 weeks.',
    ]).draft;
}
