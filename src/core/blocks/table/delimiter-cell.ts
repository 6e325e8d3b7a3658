import type { Align } from '../../template/scan-blocks';

/** A column's cell in the delimiter row: `:---:`, `:---`, `---:` or `---`. */
export function delimiterCell(align: Align): string {
  return align === 'center' ? ':---:' : align === 'left' ? ':---' : align === 'right' ? '---:' : '---';
}
