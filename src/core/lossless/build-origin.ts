import type { Draft } from '../draft/draft-schema';
import { draftParts } from './draft-parts';
import type { Origin } from './origin';
import { stableJson } from './stable-json';

/**
 * An imported draft's Origin: the file's lines, and for every part of the
 * draft the lines it was read from (`spans`, by partKey) and its value now,
 * as the baseline a later export compares with. Without `baselines` every
 * baseline is '' (a part export would take as changed): enough for line
 * numbers, not for export.
 */
export function buildOrigin(draft: Draft, file: { lines: string[]; eol: Origin['eol']; bom: boolean }, spans: Map<string, [number, number]>, { baselines = true } = {}): Origin {
  return {
    source: file.lines.join('\n'),
    eol: file.eol,
    bom: file.bom,
    parts: draftParts(draft).map(({ key, value }) => ({ key, span: spans.get(key) ?? null, baseline: baselines ? stableJson(value) : '' })),
  };
}
