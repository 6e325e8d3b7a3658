import type { BlockValue } from '../draft/draft-schema';
import type { Block } from '../template/schema';
import { unwrapCodeSpan } from './code-span';
import { exportProse, importProse } from './prose-text';
import type { Unit } from './read-units';
import { renderBlock } from './render-block';

/** How well a unit fills a block (higher is better) and the value it gives; rules and anchors give none. */
export type Fit = { weight: number; value: BlockValue | null };

/** A matching label counts for more than any kind match, so labelled blocks anchor the alignment. */
const LABEL_BONUS = 10;
/** A unit the block writes back exactly as it stands is most likely that block's. */
const EXACT_BONUS = 3;

export type FitContext = {
  /** The document's label style (labelColonInside). */
  colonInside: boolean;
  /**
   * The section has a prose block, so an unlabelled list or
   * table may be part of the user's prose: it is taken as a block only when
   * the block writes it back exactly as it stands. Otherwise a bulleted
   * paragraph list written `1.` or a padded table would be rewritten by the
   * next export, and export -> import -> export would not be stable.
   */
  proseNearby: boolean;
};

// `**Term**: text`, `**Term:** text`: linear, the lazy term cannot run past a `*` or a line end.
const BOLD_ITEM = /^\*\*([^*\n]+?)(:?)\*\*(:?)[ \t]*([\s\S]*)$/;
const CHECK_ITEM = /^\[([ xX])\][ \t]+([\s\S]*)$/;
const ID = /^[A-Za-z][A-Za-z0-9]*-?\d+$/;

/**
 * Whether a unit of a file can fill a template block, read as that block's
 * kind. Unlabelled prose blocks are not aligned: they take what is left
 * between the blocks that are (see importBody).
 */
export function fitUnit(block: Block, unit: Unit, context: FitContext): Fit | null {
  if (unit.separator) return null;
  // A labelled block's content comes under its label: the export always writes it.
  if ((unit.label === undefined) !== (block.label === undefined)) return null;
  if (unit.label !== undefined && block.label !== undefined && !sameLabel(block.label, unit.label)) return null;
  const fit = fitKind(block, unit);
  if (!fit) return null;
  let weight = fit.weight + (unit.label !== undefined ? LABEL_BONUS : 0);
  if (fit.value && fit.value.kind !== 'prose') {
    const exact = renderBlock(fit.value, block, context.colonInside)?.text === exportProse(unit.text);
    if (exact) weight += EXACT_BONUS;
    else if (context.proseNearby && unit.label === undefined) return null;
  }
  return { weight, value: fit.value };
}

function fitKind(block: Block, unit: Unit): Fit | null {
  const { token } = unit;
  const blockId = block.id;
  const items = token.type === 'list' ? listItems(token.items, token.ordered) : [];
  switch (block.kind) {
    case 'prose':
      return block.label !== undefined && unit.label !== undefined ? { weight: 1, value: { kind: 'prose', blockId, markdown: importProse(unit.content) } } : null;
    case 'rule':
      return token.type === 'rule' && unit.label === undefined ? { weight: 2, value: null } : null;
    case 'raw':
      return token.type === 'linkref' && token.text === block.text.trim() ? { weight: 2, value: null } : null;
    case 'code':
      if (token.type !== 'code') return null;
      // The export writes `text` for a fence without a language.
      return { weight: 3, value: { kind: 'code', blockId, lang: token.lang === 'text' && block.lang === '' ? '' : token.lang, code: token.code } };
    case 'table': {
      if (token.type !== 'table') return null;
      const columns = token.header.map(unescapeCell);
      const rows = token.rows.map((row) => {
        const cells = row.map(unescapeCell);
        while (cells.length < columns.length) cells.push('');
        return cells;
      });
      const sameColumns = columns.length === block.columns.length && columns.every((c, k) => c === block.columns[k]?.name);
      return { weight: sameColumns ? 4 : 3, value: { kind: 'table', blockId, columns, rows } };
    }
    case 'fields': {
      const fields = unitFields(unit);
      if (!fields) return null;
      const byLabel = new Map(block.fields.map((f) => [normaliseLabel(f.label), f]));
      const values: Record<string, string> = Object.fromEntries(block.fields.map((f) => [f.key, '']));
      const seen = new Set<string>();
      for (const { label, value } of fields) {
        const field = byLabel.get(normaliseLabel(label));
        if (!field || seen.has(field.key)) return null;
        seen.add(field.key);
        values[field.key] = field.wrap ? (unwrapCodeSpan(value) ?? value) : value;
      }
      return { weight: 3, value: { kind: 'fields', blockId, values } };
    }
    case 'idList': {
      if (token.type !== 'list') return null;
      const ids: { id: string; text: string; checked?: boolean }[] = [];
      for (const item of items) {
        if (block.style === 'checklist') {
          const check = CHECK_ITEM.exec(item);
          const rest = check ? /^(\S+)(?:[ \t]+([\s\S]*))?$/.exec(check[2]!) : null;
          if (!check || !rest || !ID.test(rest[1]!)) return null;
          ids.push({ id: rest[1]!, text: (rest[2] ?? '').trim(), checked: check[1] !== ' ' });
        } else {
          const bold = BOLD_ITEM.exec(item);
          if (!bold || !ID.test(bold[1]!.trim())) return null;
          ids.push({ id: bold[1]!.trim(), text: bold[4]!.trim() });
        }
      }
      const ownPrefix = ids.every((i) => i.id.startsWith(block.prefix));
      return { weight: ownPrefix ? 4 : 2, value: { kind: 'idList', blockId, items: ids } };
    }
    case 'checklist': {
      if (token.type !== 'list') return null;
      const checks: { checked: boolean; text: string }[] = [];
      for (const item of items) {
        const check = CHECK_ITEM.exec(item);
        if (!check) return null;
        checks.push({ checked: check[1] !== ' ', text: check[2]!.trim() });
      }
      return { weight: 3, value: { kind: 'checklist', blockId, items: checks } };
    }
    case 'scenarios': {
      if (token.type !== 'list') return null;
      const scenarios: { given: string; when: string; then: string }[] = [];
      for (const item of items) {
        const scenario = parseScenario(item);
        if (!scenario) return null;
        scenarios.push(scenario);
      }
      return { weight: 3, value: { kind: 'scenarios', blockId, items: scenarios } };
    }
    case 'definitions': {
      if (token.type !== 'list') return null;
      let bold = 0;
      const terms = items.map((item) => {
        const match = BOLD_ITEM.exec(item);
        if (!match || (!match[2] && !match[3])) return { term: '', text: item.trim() };
        bold++;
        return { term: match[1]!.trim(), text: match[4]!.trim() };
      });
      if (bold === 0) return null;
      return { weight: bold === terms.length ? 3 : 1, value: { kind: 'definitions', blockId, items: terms } };
    }
    case 'list': {
      if (token.type !== 'list') return null;
      const plain = unit.built?.kind === 'list';
      const weight = (token.ordered === block.ordered ? 2 : 1) + (plain ? 1 : 0);
      return { weight, value: { kind: 'list', blockId, items: items.map((item) => item.trim()) } };
    }
  }
}

/** Label/value pairs of a unit that is field lines, a list of bold labels or a list of plain `Label: value` items. */
export function unitFields(unit: Unit): { label: string; value: string }[] | null {
  if (unit.fields) return unit.fields;
  const built = unit.built;
  if (built?.kind === 'fields') return built.fields.map((f) => ({ label: f.label, value: f.templateValue }));
  if (unit.token.type !== 'list') return null;
  const pairs: { label: string; value: string }[] = [];
  for (const item of listItems(unit.token.items, unit.token.ordered)) {
    const match = BOLD_ITEM.exec(item);
    if (!match || (!match[2] && !match[3])) return null;
    pairs.push({ label: match[1]!.trim(), value: match[4]!.trim() });
  }
  return pairs;
}

/**
 * Item texts as written. The scanner takes two columns off an item's later
 * lines; under `1. ` (as the export indents them) one more is the marker's.
 */
function listItems(items: string[], ordered: boolean): string[] {
  if (!ordered) return items;
  return items.map((item, k) => {
    const extra = String(k + 1).length;
    return item
      .split('\n')
      .map((line, n) => {
        if (n === 0) return line;
        let cut = 0;
        while (cut < extra && line[cut] === ' ') cut++;
        return line.slice(cut);
      })
      .join('\n');
  });
}

/** `Acceptance Scenarios:` and `acceptance  scenarios` are one label. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

function sameLabel(a: string, b: string): boolean {
  return normaliseLabel(a) === normaliseLabel(b);
}

function unescapeCell(cell: string): string {
  return cell.replaceAll('\\|', '|');
}

/** `**Given** a, **When** b, **Then** c`, found with indexOf as the engine does. */
function parseScenario(item: string): { given: string; when: string; then: string } | null {
  const text = item.trim();
  if (!text.startsWith('**Given**')) return null;
  const when = text.indexOf('**When**');
  const then = when < 0 ? -1 : text.indexOf('**Then**', when);
  if (then < 0) return null;
  const part = (from: number, to: number) => text.slice(from, to).trim().replace(/,$/, '').trim();
  return { given: part(9, when), when: part(when + 8, then), then: part(then + 8, text.length) };
}
