/** The DOM id of a section's heading: the outline links to it and focus moves to it. */
export function sectionHeadingId(sectionId: string): string {
  return `section-${sectionId.replace(/[^\w-]/g, '_')}`;
}
