/**
 * Which heading of the rendered export stands for which part of the form:
 * the document fields for the title (the first h1), and each section shown
 * in the form for the next heading of the preview whose text begins with the
 * section's title (the export adds flags such as "(mandatory)"; headings
 * inside prose fields come between and are passed over). Read from the DOM
 * on each use, as both sides change while the user types.
 */
export type SectionPair = {
  /** The section (or the document fields) in the form. */
  form: HTMLElement;
  /** Where it starts, for scrolling: its heading, which its preview heading stands for. */
  formAnchor: HTMLElement;
  preview: HTMLElement;
};

/** How far ahead in the preview a section's heading is looked for before the section is taken as not shown there. */
const LOOKAHEAD = 40;

export function sectionPairs(form: HTMLElement, preview: HTMLElement): SectionPair[] {
  const headings = [...preview.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')];
  const pairs: SectionPair[] = [];
  let next = 0;
  const documentFields = form.querySelector<HTMLElement>('.document-fields');
  const title = headings.findIndex((h) => h.tagName === 'H1');
  if (documentFields && title >= 0) {
    pairs.push({ form: documentFields, formAnchor: documentFields, preview: headings[title]! });
    next = title + 1;
  }
  for (const section of form.querySelectorAll<HTMLElement>('.draft-section:not(.is-off):not(.is-absent)')) {
    const heading = section.querySelector<HTMLElement>('.draft-section-title');
    const wanted = squash(heading?.textContent ?? '');
    if (!heading || wanted === '') continue;
    const end = Math.min(headings.length, next + LOOKAHEAD);
    for (let k = next; k < end; k++) {
      if (squash(headings[k]!.textContent ?? '').startsWith(wanted)) {
        pairs.push({ form: section, formAnchor: heading, preview: headings[k]! });
        next = k + 1;
        break;
      }
    }
  }
  return pairs;
}

/** Letters and digits only, lower case: "User Scenarios & Testing *(mandatory)*" and its rendering compare alike. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
