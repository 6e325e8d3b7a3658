import { describe, expect, it } from 'vitest';
import { renameDraft } from '../draft/rename-draft';
import { setMetadataValue, setTitleText } from '../draft/section-edits';
import { draftOf } from '../draft/__fixtures__/draft-of';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  const draft = draftOf('data-platform-feature-spec.md');

  it('uses the feature branch when it is filled in', () => {
    expect(exportFileName(setMetadataValue(draft, 'feature-branch', '001-user-auth'))).toBe('001-user-auth-spec.md');
  });

  it('falls back to the title, and never to a placeholder', () => {
    expect(exportFileName(setTitleText(draft, 'Run history ingestion'))).toBe('run-history-ingestion-spec.md');
    expect(exportFileName(setMetadataValue(setTitleText(draft, 'Run history'), 'feature-branch', '[###-feature-name]'))).toBe('run-history-spec.md');
    expect(exportFileName(renameDraft(draft, 'Café API spec'))).toBe('cafe-api-spec.md');
    expect(exportFileName(renameDraft(draft, '!!!'))).toBe('spec.md');
  });
});
