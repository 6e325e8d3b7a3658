/** A heading of a document as written: its level, its inline Markdown source, its 1-based first and last lines (two for a setext heading). */
export type DocumentHeading = { level: number; text: string; line: number; endLine: number };

/** What a document's shape is made of, read once for matching and for the free-form template. */
export type DocumentStructure = {
  headings: DocumentHeading[];
  /** Top-level keys of the YAML frontmatter, in order; empty without one. */
  frontmatterKeys: string[];
  /** Field labels: `**Status**: x`, `**Status:** x`, and `- Start Date: x` list lines (the RFC style). */
  labels: string[];
  /** Whether there is any content before the first heading (frontmatter aside). */
  hasPreamble: boolean;
};
