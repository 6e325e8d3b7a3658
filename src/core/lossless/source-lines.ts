import type { Draft } from '../draft/draft-schema';
import type { Finding } from '../validate/finding';
import type { Origin } from './origin';
import { partKey, type PartRef } from './part-key';

/**
 * Findings on an imported draft with the line of the file each points to
 * (1-based): the line of the value, the ID or field inside it when one is
 * named, else the section's heading. A part the file did not have has none.
 */
export function withSourceLines(findings: Finding[], draft: Draft): Finding[] {
  const origin = draft.origin;
  if (!origin) return findings;
  const spans = new Map(origin.parts.map((p) => [p.key, p.span]));
  const lines = origin.source.split('\n');
  return findings.map((finding) => {
    const line = lineOf(finding, spans, lines);
    return line === undefined ? finding : { ...finding, line };
  });
}

type Spans = Map<string, Origin['parts'][number]['span']>;

function lineOf(finding: Finding, spans: Spans, lines: string[]): number | undefined {
  const span = spanOf(finding, spans);
  if (!span) return undefined;
  const field = finding.field;
  if (field && span[1] - span[0] > 1) {
    for (let k = span[0]; k < span[1]; k++) if (lines[k]?.includes(field)) return k + 1;
  }
  return span[0] + 1;
}

function spanOf(finding: Finding, spans: Spans): [number, number] | null {
  const get = (ref: PartRef) => spans.get(partKey(ref)) ?? null;
  const { sectionId, blockId, field } = finding;
  if (sectionId !== null) {
    const inBlock = blockId === undefined ? null : get({ kind: 'value', place: 'section', owner: sectionId, blockId });
    return inBlock ?? get({ kind: 'heading', sectionId });
  }
  if (blockId !== undefined) return get({ kind: 'value', place: 'preamble', owner: null, blockId }) ?? get({ kind: 'value', place: 'footer', owner: null, blockId });
  if (field === undefined) return null;
  if (field === 'title') return get({ kind: 'title' });
  return get({ kind: 'frontmatter-key', key: field }) ?? get({ kind: 'metadata', key: field });
}
