/**
 * The corpus for the round-trip law (issue #13): realistic filled documents in
 * the styles teams keep in git, each with the template it is imported
 * against and one section to edit.
 */

/** Where a document's template comes from. */
export type CorpusTemplate =
  /** One of the app's templates in `templates/`, by id. */
  | { kind: 'built-in'; id: string }
  /** A template written for the corpus, in `corpus/templates/`. */
  | { kind: 'corpus'; file: string }
  /** A real project's template beside the checkout (`../shared/reference-templates/`); skipped when absent. */
  | { kind: 'reference'; file: string }
  /** No template: the document's own structure (freeFormTemplate). */
  | { kind: 'free-form' };

export type CorpusDocument = {
  /** File name in this folder. */
  file: string;
  template: CorpusTemplate;
  /** A section to change: its heading as the file writes it, and the new Markdown of its prose. */
  edit: { heading: string; text: string };
};

const kep = { kind: 'corpus', file: 'kep-template.md' } as const;
const rustRfc = { kind: 'reference', file: 'rust-rfc-template.md' } as const;
const nixosRfc = { kind: 'corpus', file: 'nixos-rfc-template.md' } as const;
const madr = { kind: 'corpus', file: 'madr-template.md' } as const;
const nygard = { kind: 'corpus', file: 'nygard-adr-template.md' } as const;
const speckitSpec = { kind: 'reference', file: 'speckit-spec-template.md' } as const;
const speckitPlan = { kind: 'reference', file: 'speckit-plan-template.md' } as const;
const speckitTasks = { kind: 'reference', file: 'speckit-tasks-template.md' } as const;
const freeForm = { kind: 'free-form' } as const;

export const corpus: CorpusDocument[] = [
  { file: 'kep-4017-pod-index-label.md', template: kep, edit: { heading: 'Summary', text: 'Add the `apps.kubernetes.io/pod-index` label to StatefulSet and Indexed Job pods.' } },
  { file: 'kep-3998-job-success-policy.md', template: kep, edit: { heading: 'Drawbacks', text: 'Success now depends on a policy, so `kubectl get jobs` alone no longer tells the whole story.' } },
  { file: 'rust-rfc-cargo-script-deps.md', template: rustRfc, edit: { heading: 'Future possibilities', text: 'A `cargo publish` for scripts, and `cargo new --script`.' } },
  { file: 'rust-rfc-let-else-old-style.md', template: rustRfc, edit: { heading: 'Prior art', text: "Swift's `guard let`, and the `guard!` macro." } },
  { file: 'rust-rfc-deref-patterns.md', template: rustRfc, edit: { heading: 'Drawbacks', text: 'Patterns may now run user code, which they never did before.' } },
  { file: 'nixos-rfc-0110-inherit-as-list.md', template: nixosRfc, edit: { heading: 'Unresolved questions', text: 'Whether a trailing `;` is required.' } },
  { file: 'nixos-rfc-0163-portable-service-layer.md', template: nixosRfc, edit: { heading: 'Examples and Interactions', text: 'The `services.redis` module changes only its `config`.' } },
  { file: 'madr-0004-postgres-job-queue.md', template: madr, edit: { heading: 'Context and Problem Statement', text: 'Jobs in Redis are lost on restart. Which queue should we use?' } },
  { file: 'madr-0007-frontend-state.md', template: madr, edit: { heading: 'More Information', text: 'Revisit after three screens.' } },
  { file: 'nygard-0001-record-architecture-decisions.md', template: nygard, edit: { heading: 'Consequences', text: 'Architecture pull requests include their ADR.' } },
  { file: 'nygard-0012-event-sourcing-billing.md', template: nygard, edit: { heading: 'Context', text: 'The ledger is a mutable table, and auditors need its history.' } },
  { file: 'speckit-spec-offline-sync.md', template: speckitSpec, edit: { heading: 'User Story 2 - Resolve a conflicting edit (Priority: P2)', text: 'Two inspectors edit one note offline; the second to sync chooses a version.' } },
  { file: 'speckit-spec-csv-export.md', template: speckitSpec, edit: { heading: 'User Story 1 - Schedule a weekly export (Priority: P1)', text: 'A finance lead schedules the invoices report every Monday.' } },
  { file: 'speckit-plan-offline-sync.md', template: speckitPlan, edit: { heading: 'Summary', text: 'An on-device outbox replayed against `/v2/notes/sync`.' } },
  { file: 'speckit-tasks-offline-sync.md', template: speckitTasks, edit: { heading: 'Parallel Team Strategy', text: 'One developer on the outbox, one on the API.' } },
  { file: 'data-platform-warehouse-freshness.md', template: { kind: 'built-in', id: 'data-platform-feature-spec' }, edit: { heading: 'User Story 2 - Get told before the dashboard is wrong (Priority: P2)', text: 'The owner of a stale table hears about it in Slack first.' } },
  { file: 'gitops-cluster-cert-rotation.md', template: { kind: 'built-in', id: 'gitops-operations-feature-spec' }, edit: { heading: 'User Story 1 - Rotate before expiry (Priority: P1)', text: 'Certificates rotate 30 days before expiry, with no manual step.' } },
  { file: 'inference-batch-transcription.md', template: { kind: 'built-in', id: 'inference-service-feature-spec' }, edit: { heading: 'User Story 2 - Retry the failed files (Priority: P2)', text: 'Only the failed files of a job run again.' } },
  { file: 'opportunity-invite-links.md', template: { kind: 'built-in', id: 'opportunity-solution-spec' }, edit: { heading: 'Open Questions', text: '- Guests on the Free plan?' } },
  { file: 'design-doc-rate-limiter.md', template: freeForm, edit: { heading: 'Alternatives considered', text: '* **Local limits only**: they scale with the fleet.' } },
  { file: 'design-doc-search-indexing.md', template: freeForm, edit: { heading: 'Risks', text: '* **Schema changes** break the connector; it alerts on them.' } },
  { file: 'design-doc-feature-flags-cleanup.md', template: freeForm, edit: { heading: 'Notes', text: 'Kill switches may be marked `permanent`.' } },
];
