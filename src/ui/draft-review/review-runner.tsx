import { useDeferredValue, useEffect } from 'react';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { validateDraft } from '../../core/validate/validate-draft';
import { useDraftSelector } from '../draft-editor/use-draft-selector';
import { publishReview } from './review-store';

/**
 * Renders nothing: exports and validates the draft whenever it changes, at a
 * lower priority than typing (useDeferredValue), and publishes the result.
 */
export function ReviewRunner({ draftId }: { draftId: string }) {
  const draft = useDraftSelector(draftId, (d) => d);
  const deferred = useDeferredValue(draft);
  useEffect(() => {
    if (!deferred) return;
    let markdown: string;
    try {
      markdown = exportMarkdown(deferred);
    } catch (error) {
      markdown = `<!-- The export failed: ${error instanceof Error ? error.message : String(error)} -->\n`;
    }
    publishReview(draftId, markdown, validateDraft(deferred));
  }, [draftId, deferred]);
  return null;
}
