import type { Draft } from '../../draft/draft-schema';
import { DraftFiller, ids } from './fill-draft';

/** An inference backend team's spec for moving long generations to async jobs. */
export function inferenceDraft(): Draft {
  return DraftFiller.of('inference-service-feature-spec')
    .title('Async Long-Running Inference Jobs')
    .metadata({
      'feature-branch': '031-async-inference-jobs',
      created: '2026-11-21',
      status: 'Draft',
      input: 'User description: "Video upscaling requests time out after 60 s behind the proxy; make them jobs the frontend can poll"',
    })
    .rename('User Story 1 - [Brief Title] (Priority: P1)', 'User Story 1 - Submit a job and poll it (Priority: P1)')
    .fill('User Story 1 - Submit a job and poll it (Priority: P1)', 'prose', {
      markdown: [
        'As a frontend developer, I want `POST /v1/jobs` to return a job id at once and `GET /v1/jobs/{id}` to report progress, so that a 10-minute upscale no longer hits the 60 s proxy timeout.',
        '',
        'A client polls like this:',
        '',
        '```python',
        'job = client.post("/v1/jobs", json={"model": "esrgan-x4", "input_url": url}).json()',
        'while job["status"] in ("pending", "processing"):',
        '    time.sleep(2)',
        '    job = client.get(f"/v1/jobs/{job[\'id\']}").json()',
        '```',
      ].join('\n'),
    })
    .fill('User Story 1 - Submit a job and poll it (Priority: P1)', 'fields', {
      values: {
        'why-this-priority': 'Every request over 60 s fails today; this is the fix users are waiting for.',
        'independent-test': 'Submit a 5-minute upscale through the staging proxy and poll it to `done` without a timeout.',
      },
    })
    .fill('User Story 1 - Submit a job and poll it (Priority: P1)', 'scenarios', {
      items: [
        { given: 'a valid upscale request', when: 'it is posted to `/v1/jobs`', then: 'the response is `202` with `{"id", "status": "pending"}` within 200 ms' },
        { given: 'a job that is processing', when: 'its status is requested', then: 'the response has `status: "processing"` and `progress` between 0 and 1' },
      ],
    })
    .rename('User Story 2 - [Brief Title] (Priority: P2)', 'User Story 2 - Failed jobs explain themselves (Priority: P2)')
    .fill('User Story 2 - Failed jobs explain themselves (Priority: P2)', 'prose', {
      markdown: 'As a user whose upscale failed, I want to see why (out of GPU memory, bad input, timeout) and whether retrying can help.',
    })
    .fill('User Story 2 - Failed jobs explain themselves (Priority: P2)', 'fields', {
      values: {
        'why-this-priority': 'Support tickets about "it just failed" are the second largest category.',
        'independent-test': 'Force each failure kind in staging and check the `error.code` and `error.retryable` of the job.',
      },
    })
    .fill('User Story 2 - Failed jobs explain themselves (Priority: P2)', 'scenarios', {
      items: [{ given: 'an input video over the 4K limit', when: 'the job fails', then: 'it reports `error.code = "INPUT_TOO_LARGE"` and `retryable: false`' }],
    })
    .rename('User Story 3 - [Brief Title] (Priority: P3)', 'User Story 3 - Cancel a running job (Priority: P3)')
    .fill('User Story 3 - Cancel a running job (Priority: P3)', 'prose', {
      markdown: 'As a user who picked the wrong model, I want to cancel the job and free the GPU for my next request.',
    })
    .fill('User Story 3 - Cancel a running job (Priority: P3)', 'fields', {
      values: {
        'why-this-priority': 'Saves GPU time, but users can wait for a wrong job to finish in the meantime.',
        'independent-test': 'Cancel a processing job and check that the worker stops within 5 s and the job is `cancelled`.',
      },
    })
    .fill('User Story 3 - Cancel a running job (Priority: P3)', 'scenarios', {
      items: [{ given: 'a processing job', when: '`DELETE /v1/jobs/{id}` is called', then: 'the job becomes `cancelled` and its partial output is deleted' }],
    })
    .fill('Edge Cases', 'list', {
      items: [
        'What happens when the worker restarts while a job is `processing`? The job returns to `pending` once, then fails with `WORKER_LOST`.',
        'How does the system handle 50 jobs submitted at once by one API key? Jobs beyond the per-key limit of 5 are rejected with `429`.',
        'What is the fallback when a job exceeds the 30-minute limit? It fails with `TIMEOUT` and `retryable: true`.',
      ],
    })
    .fill('Functional Requirements', 'idList', {
      items: ids('FR', [
        'System MUST accept inference requests as jobs and return a job id within 200 ms.',
        'System MUST run jobs on the existing GPU worker pool, one job per GPU.',
        'Users MUST be able to poll a job and cancel it while it is `pending` or `processing`.',
        'System MUST persist every task state transition with its timestamp in `jobs` and `job_events`.',
        'System MUST return an error code, a message and a `retryable` flag for failed jobs.',
      ]),
    })
    .fill('API Contract & Compatibility', 'list', {
      items: [
        'New: `POST /v1/jobs` (`202`), `GET /v1/jobs/{id}` (`200`, `404`), `DELETE /v1/jobs/{id}` (`202`, `409` when already finished).',
        'Backend: `backend/app.py` routes and `backend/jobs.py`; frontend: `src/api/upscale.ts` and the progress bar in `src/components/UpscaleForm.tsx`.',
        '`POST /v1/upscale` stays synchronous for requests under 60 s and is marked deprecated: backward compatible.',
      ],
    })
    .fill('Configuration Source of Truth Impact', 'list', {
      items: [
        '`src/inference_settings.json` gains `jobs.max_runtime_s` (1800) and `jobs.max_per_key` (5); no model keys change.',
        '`backend/config.py` reads the two new keys; `backend/app.py` needs no model changes.',
        'No UI-side hardcoded limits: the form reads both values from `GET /v1/settings`.',
      ],
    })
    .fill('Security & Secrets Impact', 'list', {
      items: [
        'Jobs are scoped to the `X-API-Key` that created them; another key gets `404`, not `403`.',
        'No CORS change: the new routes sit under the existing `/v1` policy.',
        'No new secrets; the job store reuses the existing Postgres credentials.',
      ],
    })
    .fill('Observability & Operations', 'list', {
      items: [
        'Users see `pending`, `processing` (with `progress`), `done`, `failed` and `cancelled`.',
        'Operators get one structured log line per transition with job id, key id and duration, and a `jobs_in_state` gauge.',
        'Rollout behind the `ASYNC_JOBS` flag; rollback turns the flag off and lets running jobs finish.',
      ],
    })
    .fill('Key Entities', 'definitions', {
      items: [
        { term: 'Job', text: 'One inference request: model, input, owner key, status, progress, result location and error.' },
        { term: 'Job Event', text: 'A status transition of a job with its timestamp and the worker that caused it.' },
      ],
    })
    .fill('Measurable Outcomes', 'idList', {
      items: ids('SC', [
        '99% of upscale jobs up to 10 minutes finish without a client-side timeout.',
        '95% of failed jobs report a specific error code rather than `UNKNOWN`.',
        'No regression in the existing synchronous flow: its p95 latency stays within 5% of today.',
        'Every job transition appears in the logs within 5 s of happening.',
      ]),
    }).draft;
}
