/** `**Label**:` or, in the colon-inside style, `**Label:**`, then `after`. */
export function boldLabel(label: string, colonInside: boolean, after: string): string {
  return colonInside ? `**${label}:**${after}` : `**${label}**:${after}`;
}
