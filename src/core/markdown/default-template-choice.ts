import type { TemplateMatch } from './match-templates';

/**
 * The score below which a document is taken as free-form rather than forced
 * onto its best template. From the corpus (src/core/markdown/__fixtures__/corpus):
 * every document scores at least 0.84 against its own template (a MADR is
 * the lowest: its option headings are the author's own words), while the best template of
 * another family scores at most 0.37 (a Rust RFC against the NixOS RFC
 * template: five of nine section names in common, no labels or frontmatter),
 * and design docs score under 0.05 everywhere. Spec-kit variants score 0.77
 * to 0.92 against one another, and those are fair fits: their shared sections
 * fill the same fields. 0.5, a heading Dice of one half, sits in the gap,
 * with room on both sides.
 */
export const FREE_FORM_THRESHOLD = 0.5;

/** The template an import starts with: the best match when it fits well, else null for "no template (free-form)". */
export function defaultTemplateChoice(matches: TemplateMatch[]): string | null {
  const [best] = matches;
  return best !== undefined && best.score >= FREE_FORM_THRESHOLD ? best.templateId : null;
}
