import type { BlockValue } from '../draft/draft-schema';
import type { Token } from '../template/scan-blocks';
import type { Block } from '../template/schema';
import { alignUnits, type Pair } from './align-units';
import { emptyBlockValue } from './empty-block-value';
import { sourceText, type MarkdownSource } from './markdown-source';
import { importProse } from './prose-text';
import type { Unit } from './read-units';
import { fieldsByLabel, normaliseLabel, unitFields } from './unit-fields';

export type BodyContext = {
  nextExtraId: () => string;
  /** The document's label style (labelColonInside). */
  colonInside: boolean;
};

export type ImportedBody = {
  /** One value per editable template block in the template's order, with kept content (`extra:<n>` prose) where it stood. */
  values: BlockValue[];
  /** Ids of the values holding content that fit no block. */
  extraIds: string[];
  /** For each value read from the file, by block id: the lines [from, to) of the source it was read from. */
  spans: Map<string, [number, number]>;
};

/**
 * A section body's units -> the section's block values. Units are aligned
 * with the template's blocks (alignUnits); what lies between two aligned
 * blocks goes to the unlabelled prose blocks there, one unit each and the
 * rest to the last, else to the labelled prose block before it, else to a new
 * prose value of its own. Nothing is dropped.
 */
export function importBody(units: Unit[], tokens: Token[], blocks: Block[], source: MarkdownSource, context: BodyContext): ImportedBody {
  const { nextExtraId } = context;
  const merged = mergeFieldLines(units, blocks);
  const proseNearby = blocks.some((b) => b.kind === 'prose');
  const pairs = alignUnits(blocks, merged, { colonInside: context.colonInside, proseNearby });
  const byBlock = new Map<number, BlockValue>();
  const extrasBefore = new Map<number, BlockValue[]>();
  const extraIds: string[] = [];
  // Token indices [first, last] each value was read from; a prose value that takes more units grows its range.
  const ranges = new Map<BlockValue, [number, number]>();
  for (const pair of pairs) {
    if (!pair.fit.value) continue;
    byBlock.set(pair.block, pair.fit.value);
    const unit = merged[pair.unit]!;
    ranges.set(pair.fit.value, [unit.first, unit.last]);
  }

  const bounds: Pair[] = [{ block: -1, unit: -1, fit: { weight: 0, value: null } }, ...pairs, { block: blocks.length, unit: merged.length, fit: { weight: 0, value: null } }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const loose = merged.slice(from.unit + 1, to.unit).filter((u) => !u.separator);
    if (loose.length === 0) continue;
    const prose: number[] = [];
    for (let b = from.block + 1; b < to.block; b++) if (blocks[b]!.kind === 'prose' && blocks[b]!.label === undefined) prose.push(b);
    if (prose.length > 0) {
      prose.forEach((b, p) => {
        const taken = p < prose.length - 1 ? loose.slice(p, p + 1) : loose.slice(p);
        if (taken.length === 0) return;
        const value: BlockValue = { kind: 'prose', blockId: blocks[b]!.id, markdown: unitsText(taken, tokens, source) };
        byBlock.set(b, value);
        ranges.set(value, [taken[0]!.first, taken[taken.length - 1]!.last]);
      });
      continue;
    }
    const before = from.block >= 0 ? byBlock.get(from.block) : undefined;
    if (before?.kind === 'prose') {
      const value: BlockValue = { ...before, markdown: `${before.markdown}\n\n${unitsText(loose, tokens, source)}` };
      byBlock.set(from.block, value);
      ranges.set(value, [ranges.get(before)?.[0] ?? loose[0]!.first, loose[loose.length - 1]!.last]);
      continue;
    }
    const blockId = nextExtraId();
    extraIds.push(blockId);
    const extra: BlockValue = { kind: 'prose', blockId, markdown: unitsText(loose, tokens, source) };
    ranges.set(extra, [loose[0]!.first, loose[loose.length - 1]!.last]);
    extrasBefore.set(to.block, [...(extrasBefore.get(to.block) ?? []), extra]);
  }

  const values: BlockValue[] = [];
  for (let b = 0; b <= blocks.length; b++) {
    values.push(...(extrasBefore.get(b) ?? []));
    const block = blocks[b];
    if (!block) continue;
    const value = byBlock.get(b) ?? emptyBlockValue(block);
    if (value) values.push(value);
  }
  const spans = new Map<string, [number, number]>();
  for (const value of values) {
    const range = ranges.get(value);
    if (range) spans.set(value.blockId, [source.start.get(tokens[range[0]]!) ?? 0, source.end.get(tokens[range[1]]!) ?? 0]);
  }
  return { values, extraIds, spans };
}

/**
 * Units as one piece of prose: runs of units with nothing dropped between
 * them are copied as written (a separator inside a run stays with it); runs
 * are joined by a blank line.
 */
function unitsText(units: Unit[], tokens: Token[], source: MarkdownSource): string {
  const runs: string[] = [];
  let start = units[0]!;
  let end = units[0]!;
  const flush = () => runs.push(sourceText(source, tokens[start.first]!, tokens[end.last]!));
  for (const unit of units.slice(1)) {
    if (unit.first === end.last + 1 || onlySeparators(tokens, end.last + 1, unit.first)) {
      end = unit;
      continue;
    }
    flush();
    start = unit;
    end = unit;
  }
  flush();
  return importProse(runs.join('\n\n'));
}

function onlySeparators(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (token.type !== 'comment' || token.text.trim() !== '') return false;
  }
  return true;
}

/**
 * `**Why this priority**: ...` and `**Independent Test**: ...` are two
 * paragraphs of one fields block: consecutive field-line units become one
 * when the same template block has all their labels.
 */
function mergeFieldLines(units: Unit[], blocks: Block[]): Unit[] {
  const owners = (fields: { label: string }[]): number[] =>
    blocks.flatMap((block, k) => {
      if (block.kind !== 'fields') return [];
      const labels = fieldsByLabel(block);
      return fields.every((f) => labels.has(normaliseLabel(f.label))) ? [k] : [];
    });
  const out: Unit[] = [];
  let open: { unit: Unit; owners: number[] } | undefined;
  for (const unit of units) {
    const fields = unit.token.type === 'paragraph' ? unitFields(unit) : null;
    if (!fields) {
      out.push(unit);
      open = undefined;
      continue;
    }
    const own = owners(fields);
    if (open && unit.label === undefined && unit.first === open.unit.last + 1) {
      const shared = open.owners.filter((k) => own.includes(k));
      const taken = new Set((open.unit.fields ?? []).map((f) => normaliseLabel(f.label)));
      if (shared.length > 0 && fields.every((f) => !taken.has(normaliseLabel(f.label)))) {
        const joined: Unit = { ...open.unit, last: unit.last, fields: [...(open.unit.fields ?? []), ...fields], text: `${open.unit.text}\n\n${unit.text}`, content: `${open.unit.content}\n\n${unit.content}` };
        out[out.length - 1] = joined;
        open = { unit: joined, owners: shared };
        continue;
      }
    }
    const first: Unit = { ...unit, fields };
    out.push(first);
    open = own.length > 0 ? { unit: first, owners: own } : undefined;
  }
  return out;
}
