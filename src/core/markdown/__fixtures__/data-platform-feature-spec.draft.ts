import type { Draft } from '../../draft/draft-schema';
import { DraftFiller, ids } from './fill-draft';

/** A data team's spec for keeping every pipeline run as an event, filled as they would fill it. */
export function dataPlatformDraft(): Draft {
  return DraftFiller.of('data-platform-feature-spec')
    .title('Pipeline Run History Ingestion')
    .metadata({
      'feature-branch': '014-run-history-ingestion',
      created: '2026-11-18',
      status: 'Draft',
      input: 'User description: "Keep every pipeline run as a timestamped event so client health shows flapping pipelines, not only the latest status"',
    })
    .rename('User Story 1 - [Brief Title] (Priority: P1)', 'User Story 1 - Ingest run events from Airflow (Priority: P1)')
    .fill('User Story 1 - Ingest run events from Airflow (Priority: P1)', 'prose', {
      markdown: [
        'As a data engineer, I want every Airflow DAG run to land in `runs` as an append-only event, so that a retry or a manual re-run never overwrites the failure before it.',
        '',
        'The ingestion worker receives one event per state change:',
        '',
        '```json',
        '{',
        '  "pipeline_id": "ingest_salesforce_accounts",',
        '  "external_run_id": "scheduled__2026-11-18T02:00:00+00:00",',
        '  "state": "failed",',
        '  "occurred_at": "2026-11-18T02:14:07Z",',
        '  "source": "airflow"',
        '}',
        '```',
      ].join('\n'),
    })
    .fill('User Story 1 - Ingest run events from Airflow (Priority: P1)', 'fields', {
      values: {
        'why-this-priority': 'Client health, alerting and the BI outputs all read run history; without it nothing else in this spec has data.',
        'independent-test': 'Replay a day of Airflow callbacks from the staging fixture and check that `runs` holds one row per state change and no duplicates.',
      },
    })
    .fill('User Story 1 - Ingest run events from Airflow (Priority: P1)', 'scenarios', {
      items: [
        { given: 'a DAG run that fails and is retried once', when: 'both callbacks are ingested', then: '`runs` holds a `failed` and a `success` event for the same `external_run_id`' },
        { given: 'a callback that was already ingested', when: 'Airflow delivers it again', then: 'no new row is written and the API answers `200` with `"duplicate": true`' },
        { given: 'a callback for an unknown `pipeline_id`', when: 'it is ingested', then: 'it is rejected with `422` and logged with the pipeline id, never the payload' },
      ],
    })
    .rename('User Story 2 - [Brief Title] (Priority: P2)', 'User Story 2 - Client health summary (Priority: P2)')
    .fill('User Story 2 - Client health summary (Priority: P2)', 'prose', {
      markdown: 'As an account manager, I want one health figure per client over the last 7 days, so that I can call a client before they notice broken dashboards.',
    })
    .fill('User Story 2 - Client health summary (Priority: P2)', 'fields', {
      values: {
        'why-this-priority': 'It is the first consumer of run history that a client sees, and it replaces a manual spreadsheet.',
        'independent-test': 'Seed run events for two clients and call `GET /clients/{id}/health`; the success rate and flapping count match a hand count.',
      },
    })
    .fill('User Story 2 - Client health summary (Priority: P2)', 'scenarios', {
      items: [{ given: 'a client with 40 runs of which 6 failed in the last 7 days', when: 'their health is requested', then: 'the success rate is `0.85` and the window is stated in the response' }],
    })
    .rename('User Story 3 - [Brief Title] (Priority: P3)', 'User Story 3 - Run timeline in Grafana (Priority: P3)')
    .fill('User Story 3 - Run timeline in Grafana (Priority: P3)', 'prose', {
      markdown: 'As an on-call engineer, I want a Grafana panel of run states over time per pipeline, so that I can see when a pipeline started to flap.',
    })
    .fill('User Story 3 - Run timeline in Grafana (Priority: P3)', 'fields', {
      values: {
        'why-this-priority': 'Useful for triage, but the health endpoint covers the urgent need.',
        'independent-test': 'Point the staging Grafana at the `run_state_timeline` view and compare one pipeline with its Airflow grid view.',
      },
    })
    .fill('User Story 3 - Run timeline in Grafana (Priority: P3)', 'scenarios', {
      items: [{ given: 'a pipeline that alternated between `failed` and `success` for a day', when: 'the panel covers that day', then: 'each state change is a separate point with its timestamp' }],
    })
    .fill('Edge Cases', 'list', {
      items: [
        'What happens when Airflow delivers callbacks out of order (a `success` before the `running` of the same run)?',
        'How does the system handle a backfill of 90 days of runs arriving in one burst?',
        'What happens when a pipeline is renamed in Airflow but keeps its `pipeline_id`?',
      ],
    })
    .fill('Functional Requirements', 'idList', {
      items: ids('FR', [
        'System MUST store each run state change as a row in `runs` with `occurred_at` and `ingested_at`; existing rows are never updated.',
        'System MUST accept run events over `POST /runs/events` and from the nightly Airflow metadata export.',
        'System MUST deduplicate events on `pipeline_id + external_run_id + state + occurred_at`.',
        'System MUST reject events for unknown pipelines with `422` and a stable error code.',
        'System MUST expose per-client health over a rolling window of 1 to 30 days.',
        'System MUST keep raw event payloads for [NEEDS CLARIFICATION: retention period not agreed - 30 or 90 days?]',
      ]),
    })
    .fill('Key Entities', 'definitions', {
      items: [
        { term: 'Pipeline', text: 'A scheduled job owned by one client; identified by `pipeline_id`, with the Airflow DAG id as an attribute.' },
        { term: 'Run Event', text: 'One state change of one run: pipeline, external run id, state, when it happened and when we learned of it.' },
        { term: 'Client', text: 'The customer a pipeline belongs to; health is reported per client.' },
      ],
    })
    .fill('Data Integrity & Invariants', 'idList', {
      items: ids('DI', [
        'A run is identified by `pipeline_id + external_run_id`; an event by that pair plus `state` and `occurred_at`.',
        '`runs.pipeline_id` references `pipelines.id` with `ON DELETE RESTRICT`: a pipeline with history is archived, not deleted.',
        '`state` is one of `queued | running | success | failed | skipped`; anything else is rejected at the API.',
        'The migration backfills 90 days from the Airflow metadata database; the old `pipelines.last_status` column stays until the API no longer reads it.',
      ]),
    })
    .fill('API Contracts & Query Patterns', 'idList', {
      items: ids('AC', [
        '`POST /runs/events` takes one event or a batch of up to 500 and validates each against the JSON schema in `contracts/run-event.json`.',
        'Errors use the existing envelope `{ "error": { "code", "message", "details" } }`.',
        '`GET /pipelines/{id}/runs` filters by `state` and time range, sorts by `occurred_at` descending and pages with a cursor.',
        '`GET /pipelines` keeps its response shape; `last_status` is computed from the newest event.',
      ]),
    })
    .fill('Observability & BI Outputs', 'idList', {
      items: ids('OB', [
        'A `run_state_timeline` view with `occurred_at`, `pipeline_id`, `client_id` and `state` for Grafana time series.',
        'A `client_health_daily` table for Metabase, one row per client and day.',
        '`client_health_daily` is refreshed every 15 minutes by the existing scheduler; the refresh time is shown on the dashboard.',
      ]),
    })
    .fill('Security & Environment Scope', 'idList', {
      items: ids('SE', [
        'The ingestion token is a per-environment secret with write access to `runs` only.',
        'Ships to dev and stage first; prod after one week of stage data matches Airflow.',
        'Logs carry pipeline and run ids, never payloads or tokens; verified by a log-scrubbing test.',
      ]),
    })
    .fill('Measurable Outcomes', 'idList', {
      items: ids('SC', [
        'Re-ingesting the same day of callbacks creates 0 duplicate run events.',
        'Client health for a client with 10,000 runs returns in under 250 ms at p95.',
        'On-call engineers find the first failure of a flapping pipeline in under 2 minutes.',
        'Grafana and Metabase totals for a sample week match the Airflow metadata database exactly.',
      ]),
    }).draft;
}
