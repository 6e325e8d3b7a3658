import type { Draft } from '../draft/draft-schema';
import { exportLossless } from '../lossless/export-lossless';
import { renderDraft } from './render-draft';

/**
 * A draft as GitHub-flavoured Markdown. An imported draft comes out as the
 * file it was read from with only the user's edits written anew
 * (exportLossless); a draft made from a template in the template's structure
 * (renderDraft).
 */
export function exportMarkdown(draft: Draft): string {
  return draft.origin ? exportLossless(draft, draft.origin) : renderDraft(draft);
}
