import type { MarkedExtension } from 'marked';
import markedKatex from 'marked-katex-extension';

/** `$…$` and `$$…$$` as MathML (no inline styles, so the page's CSP and the sanitiser leave it whole); a bad formula shows as its source. */
export function mathExtension(): MarkedExtension {
  return markedKatex({ throwOnError: false, output: 'mathml', nonStandard: true });
}
