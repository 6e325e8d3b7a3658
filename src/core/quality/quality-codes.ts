/**
 * The codes of the quality rules (src/core/quality), all warnings. Stable, like
 * every finding code: configs turn them off by name.
 */
export const QUALITY_CODES = ['keyword-case', 'untestable-requirement', 'ears-form', 'criterion-unmeasured', 'id-unknown', 'id-unreferenced'] as const;
export type QualityCode = (typeof QUALITY_CODES)[number];
