/** What an import did with each part of the file, for the person who imported it. */
export type ImportReport = {
  templateId: string;
  /** File headings that matched a template section, including items added to a repeatable group (`User Story 4`). */
  matchedSections: { sectionId: string; heading: string }[];
  /** File headings the template does not have: kept as extra sections with their content as prose. */
  extraSections: { sectionId: string; heading: string }[];
  /** Template sections the file lacks: created empty, switched off when optional or conditional. */
  missingSections: { sectionId: string; title: string; enabled: boolean }[];
  /** Frontmatter keys, metadata and footer fields and the title that the file filled. */
  filledFields: { place: 'frontmatter' | 'title' | 'metadata' | 'footer'; key: string }[];
  /** Content that fit none of its section's blocks, kept as prose values of its own. */
  keptAsProse: { sectionId: string | null; blockId: string }[];
};
