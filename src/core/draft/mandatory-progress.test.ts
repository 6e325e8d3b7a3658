import { describe, expect, it } from 'vitest';
import { validateDraft } from '../validate/validate-draft';
import { draftOf } from './__fixtures__/draft-of';
import { draftProgress, mandatoryProgress } from './mandatory-progress';
import { setBlockValue } from './section-edits';
import type { Draft, DraftSection } from './draft-schema';

const files = ['data-platform-feature-spec.md', 'gitops-operations-feature-spec.md', 'inference-service-feature-spec.md', 'opportunity-solution-spec.md', 'product-feature-spec-api-data-model.md'];

function flatten(sections: readonly DraftSection[]): DraftSection[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

describe('mandatory progress', () => {
  it.each(files)('%s: a new draft has none of its mandatory sections filled, as many as the check finds empty', (file) => {
    const draft = draftOf(file);
    const progress = mandatoryProgress(draft);
    const empty = validateDraft(draft).filter((f) => f.code === 'mandatory-empty' && !/ is mandatory for /.test(f.message));
    expect(progress.filled).toBe(0);
    expect(progress.total).toBe(empty.length);
    const shown = draftProgress(draft);
    expect(shown.filled).toBe(0);
    expect(shown.total).toBeGreaterThan(0);
    expect(shown.of).toBe(progress.total > 0 ? 'mandatory sections' : 'sections');
  });

  it('counts a mandatory section once something of the user’s is in it', () => {
    const draft = draftOf('inference-service-feature-spec.md');
    const section = flatten(draft.sections).find((s) => s.title.startsWith('API Contract'))!;
    const value = section.blocks.find((b) => b.kind === 'prose' || b.kind === 'list')!;
    const filledValue = value.kind === 'prose' ? { ...value, markdown: 'Writers lose work in long drafts.' } : value.kind === 'list' ? { ...value, items: ['Writers lose work in long drafts.'] } : value;
    const next: Draft = setBlockValue(draft, section.id, filledValue);
    const before = mandatoryProgress(draft);
    expect(before.total).toBeGreaterThan(0);
    // The subsection, and Requirements, the mandatory section it is in.
    expect(mandatoryProgress(next)).toEqual({ filled: before.filled + 2, total: before.total });
  });
});
