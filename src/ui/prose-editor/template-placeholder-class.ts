import type { PlaceholderKind } from '../../core/template/schema';

/**
 * The class a template placeholder gets in both views. `[NEEDS CLARIFICATION: ...]`
 * looks different: a writer may leave it on purpose, it is not a blank.
 */
export function templatePlaceholderClass(kind: PlaceholderKind): string {
  return kind === 'clarification' ? 'template-placeholder template-placeholder-clarification' : 'template-placeholder';
}
