/**
 * In a text box, selects the placeholder a finding's message names
 * ("SC-004 still has the placeholder [Operational metric: …]"), so what the
 * user types next replaces it. Candidates are the bracketed, braced and
 * angled runs of the message, tried in order; the first one the box's value
 * holds is selected. Other controls are left as they are.
 */
export function selectNamedPlaceholder(target: HTMLElement, message: string): void {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
  if (target instanceof HTMLInputElement && !['text', 'search', 'url', ''].includes(target.type)) return;
  const value = target.value;
  for (const candidate of namedPlaceholders(message)) {
    const at = value.indexOf(candidate);
    if (at >= 0) {
      target.setSelectionRange(at, at + candidate.length);
      return;
    }
  }
}

/** `[x]`, `{x}` and `<x>` runs of a message, in order (a message is one line, so each run is short). */
export function namedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>/g)].map((m) => m[0]);
}
