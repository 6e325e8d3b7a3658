import type { TemplateText } from './block-kind-module';

/** Items as a template's Markdown list, later lines indented under the marker; null for none. */
export function templateListText(items: string[], ordered: boolean): TemplateText | null {
  if (items.length === 0) return null;
  const text = items
    .map((item, k) => {
      const marker = ordered ? `${k + 1}.` : '-';
      const indent = ' '.repeat(marker.length + 1);
      return item
        .split('\n')
        .map((part, n) => (n === 0 ? `${marker} ${part}` : part.trim() === '' ? '' : `${indent}${part}`))
        .join('\n');
    })
    .join('\n');
  return { text, list: true };
}
