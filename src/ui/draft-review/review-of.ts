import type { Draft } from '../../core/draft/draft-schema';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { countRemoteImages } from '../../core/remote-images/count-remote-images';
import type { Finding } from '../../core/validate/finding';
import { validateDraft } from '../../core/validate/validate-draft';

/** A draft's export and findings: what the checks, the preview and the outline's marks show. */
export type Review = {
  markdown: string;
  /** Images in the export that would load from another server than `origin` (the "Load N remote images" button). */
  remoteImages: number;
  findings: Finding[];
  /** Sections with at least one error. */
  errorSections: ReadonlySet<string>;
};

/** Exports and validates one version of a draft. Pure: it runs on the page or in the review worker alike. */
export function reviewOf(draft: Draft, origin: string): Review {
  let markdown: string;
  try {
    markdown = exportMarkdown(draft);
  } catch (error) {
    markdown = `<!-- The export failed: ${error instanceof Error ? error.message : String(error)} -->\n`;
  }
  const findings = validateDraft(draft);
  const errorSections = new Set(findings.filter((f) => f.severity === 'error' && f.sectionId).map((f) => f.sectionId!));
  return { markdown, remoteImages: countRemoteImages(markdown, origin), findings, errorSections };
}
