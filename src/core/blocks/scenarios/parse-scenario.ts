/**
 * `**Given** a, **When** b, **Then** c`, found with indexOf so any length
 * reads in linear time. The comma before `**When**` and `**Then**` is the
 * separator. An import keeps the text after `**Then**` whole, a final comma
 * included; a template's final comma goes (`trimThenComma`).
 */
export function parseScenario(item: string, trimThenComma = false): { given: string; when: string; then: string } | null {
  const text = item.trim();
  if (!text.startsWith('**Given**')) return null;
  const when = text.indexOf('**When**');
  const then = when < 0 ? -1 : text.indexOf('**Then**', when);
  if (then < 0) return null;
  const part = (from: number, to: number) => text.slice(from, to).trim().replace(/,$/, '').trim();
  return { given: part(9, when), when: part(when + 8, then), then: trimThenComma ? part(then + 8, text.length) : text.slice(then + 8).trim() };
}
