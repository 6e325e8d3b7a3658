import { readFileSync } from 'node:fs';

/** The built-in data-platform fixture, as the export of a draft made from the template writes it. */
export const templateStyleSpec = readFileSync(new URL('../../markdown/__fixtures__/data-platform-feature-spec.md', import.meta.url), 'utf8');

/**
 * The same spec in another author's hand, for the round-trip law: `*`
 * bullets, `_emphasis_`, a reviewer's comment and a reference link with its
 * definition (trailing spaces after it), a section of its own with a padded
 * table, and no Key Entities section.
 */
export const foreignStyleSpec = templateStyleSpec
  .replace('## User Scenarios & Testing *(mandatory)*\n', '## User Scenarios & Testing *(mandatory)*\n\n<!-- Reviewed with the data team on 2026-11-20; see [runbook]. -->\n')
  .replaceAll('\n- **FR-', '\n* **FR-')
  .replace('As a data engineer, I want', 'As a _data engineer_, I want')
  .replace(/### Key Entities[\s\S]*?(?=### Data Integrity)/, '')
  .replace('## Success Criteria', '## Rollout\n\n| Week | Scope            |\n| ---- | ---------------- |\n| 1    | staging only     |\n| 2    | `prod` \\| canary |\n\n## Success Criteria')
  .replace(/\n$/, '\n\n[runbook]: https://runbooks.example.com/run-events  \n');
