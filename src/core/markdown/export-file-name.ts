import type { Draft } from '../draft/draft-schema';
import { draftDisplayTitle } from '../draft/draft-title';
import { ownValue } from '../payload/own-value';
import { suffixedFileName } from '../file-name/suffixed-file-name';
import { hasPlaceholder } from '../template/find-placeholders';

/**
 * The file a download is saved as: the feature branch when the draft has one
 * filled in (`001-user-auth` -> `001-user-auth-spec.md`), else the title
 * (`Run history ingestion` -> `run-history-ingestion-spec.md`).
 */
export function exportFileName(draft: Draft): string {
  const branchField = [...(draft.template.frontmatter ?? []), ...draft.template.metadata].find((f) => /branch/i.test(f.label));
  const branch = branchField ? (ownValue(draft.metadata, branchField.key) ?? ownValue(draft.frontmatter, branchField.key) ?? '') : '';
  const base = branch.trim() && !hasPlaceholder(branch) ? branch : draftDisplayTitle(draft);
  return suffixedFileName(base, 'spec');
}
