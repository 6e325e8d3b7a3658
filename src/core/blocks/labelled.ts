/** `Label: text`, or the text alone without a label. */
export function labelled(label: string | undefined, text: string): string {
  return label ? `${label}: ${text}` : text;
}
