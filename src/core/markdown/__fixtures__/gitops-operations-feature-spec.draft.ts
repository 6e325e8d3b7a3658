import type { Draft } from '../../draft/draft-schema';
import { DraftFiller, ids } from './fill-draft';

/** A homelab platform team's spec for rebuilding a cluster node from blank media. */
export function gitopsDraft(): Draft {
  return DraftFiller.of('gitops-operations-feature-spec')
    .title('Node Rebuild From Blank Media')
    .metadata({
      'feature-branch': '007-node-rebuild',
      created: '2026-11-20',
      status: 'In Review',
      input: 'User description: "A dead worker node should come back from a blank SSD with nothing but the Git repository and one USB stick"',
    })
    .rename('User Story 1 - [Brief Title] (Priority: P1)', 'User Story 1 - Rebuild a worker from a blank disk (Priority: P1)')
    .fill('User Story 1 - Rebuild a worker from a blank disk (Priority: P1)', 'prose', {
      markdown:
        'As the on-call operator, I want to boot a replaced worker node from the netboot USB stick and have it rejoin the cluster with its workloads, so that a disk failure costs an hour, not a weekend.',
    })
    .fill('User Story 1 - Rebuild a worker from a blank disk (Priority: P1)', 'fields', {
      values: {
        'why-this-priority': 'Two of the last three incidents were disk failures, and each took a day of manual rebuild.',
        'independent-test': 'Wipe `worker-03` in the staging rack, boot it from the stick and time it until `kubectl get nodes` shows it `Ready` with its labels.',
      },
    })
    .fill('User Story 1 - Rebuild a worker from a blank disk (Priority: P1)', 'scenarios', {
      items: [
        { given: 'a worker with a blank disk and the netboot stick inserted', when: 'it is powered on', then: 'it installs Talos from the pinned image and joins the cluster within 60 minutes' },
        { given: 'the rebuilt node has joined', when: 'Flux reconciles', then: 'the node gets its labels and taints from `clusters/home/nodes/worker-03.yaml` and no manual `kubectl` step is needed' },
      ],
    })
    .rename('User Story 2 - [Brief Title] (Priority: P2)', 'User Story 2 - Rebuild is idempotent (Priority: P2)')
    .fill('User Story 2 - Rebuild is idempotent (Priority: P2)', 'prose', {
      markdown: 'As the operator, I want to run the rebuild again on a node that is already healthy and see nothing change, so that a half-finished rebuild can simply be restarted.',
    })
    .fill('User Story 2 - Rebuild is idempotent (Priority: P2)', 'fields', {
      values: {
        'why-this-priority': 'Power loss during a rebuild is the most likely failure, and restarting must be safe.',
        'independent-test': 'Run the rebuild playbook twice against `worker-03`; the second run reports 0 changed tasks.',
      },
    })
    .fill('User Story 2 - Rebuild is idempotent (Priority: P2)', 'scenarios', {
      items: [{ given: 'a node that finished its rebuild', when: 'the rebuild playbook runs again', then: 'Ansible reports `changed=0` and the node is not drained' }],
    })
    .rename('User Story 3 - [Brief Title] (Priority: P3)', 'User Story 3 - Runbook drill (Priority: P3)')
    .fill('User Story 3 - Runbook drill (Priority: P3)', 'prose', {
      markdown: 'As a new team member, I want to follow `docs/runbooks/node-rebuild.md` alone and get a node back, so that rebuilds do not depend on one person.',
    })
    .fill('User Story 3 - Runbook drill (Priority: P3)', 'fields', {
      values: {
        'why-this-priority': 'The automation exists once P1 ships; the runbook makes it usable by everyone.',
        'independent-test': 'A team member who has never rebuilt a node does it in staging with only the runbook.',
      },
    })
    .fill('User Story 3 - Runbook drill (Priority: P3)', 'scenarios', {
      items: [{ given: 'the runbook and a blank node', when: 'a new team member follows it step by step', then: 'the node is `Ready` and every step matched what they saw' }],
    })
    .fill('Edge Cases', 'list', {
      items: [
        'Node bootstrap fails mid-run (power loss, flaky storage): automation MUST resume cleanly from the last completed phase.',
        'Flux is offline: the node joins, workloads stay pending, and `flux reconcile` after recovery schedules them.',
        'The SOPS age key rotates during a rebuild: document the blast radius and re-encrypt before retrying.',
      ],
    })
    .fill('Functional Requirements', 'idList', {
      items: ids('FR', [
        'Automation MUST submit all cluster changes through GitOps, with the `flux diff` output attached to the pull request.',
        'Provisioning MUST rebuild a worker from blank media within 60 minutes, unattended after power-on.',
        'Node images MUST be pinned by digest in `talos/images.yaml` and built for arm64 and amd64.',
        'Monitoring MUST alert when a node is `NotReady` for 10 minutes or a rebuild exceeds 90 minutes.',
        'The runbook MUST be updated in the same pull request as the automation and linked from this spec.',
        'Secrets MUST stay encrypted at rest in Git with SOPS and age. [NEEDS CLARIFICATION: is one age key per cluster acceptable, or per node?]',
      ]),
    })
    .switchOff('Key Entities')
    .fill('Operational Readiness', 'fields', {
      values: {
        'gitops-evidence': '`flux diff kustomization nodes` output and the CI job `rebuild-plan` attached to the pull request.',
        'idempotence-proof': 'The second run of `ansible-playbook rebuild.yml --limit worker-03` reports `changed=0`; CI runs it twice on the staging rack.',
        'access-secrets': 'No new RBAC. The netboot stick holds only the machine config encrypted with the cluster age key.',
        'observability-hooks': 'New alerts `NodeRebuildSlow` and `NodeNotReady`; the rebuild playbook pushes its duration to the Pushgateway.',
        'runbook-updates': '`docs/runbooks/node-rebuild.md` rewritten and dry-run on staging on 2026-11-19.',
      },
    })
    .fill('Measurable Outcomes', 'idList', {
      items: ids('SC', [
        'A worker is back to `Ready` within 60 minutes of power-on in 9 out of 10 staging drills.',
        'A second rebuild run changes nothing on 10 out of 10 nodes.',
        'Two team members other than the author complete the runbook drill unaided.',
        'Time spent on disk-failure incidents drops from about 8 hours to under 2 hours per incident.',
      ]),
    }).draft;
}
