import { DIAGRAM_LANG } from '../blocks/diagram/diagram-block';
import { parseScenario } from '../blocks/scenarios/parse-scenario';
import { findPlaceholders } from './find-placeholders';
import { inferField, slashChoices } from './infer-field';
import { PLAIN_LABEL } from './plain-label';
import type { Block, Placeholder } from './schema';
import type { Token } from './scan-blocks';

export type BuiltBody = {
  blocks: Block[];
  guidance: string[];
  /** `[Add more user stories as needed]` lines: they belong to a repeatable group. */
  addHints: string[];
};

type Options = {
  /** Prefix for block ids, unique within the template. */
  idPrefix: string;
  /** Before the first section, plain `- Label: value` list items are metadata too. */
  plainLabels?: boolean;
};

// `**Label**: value` and `**Label:** value`
const LABEL_LINE = /^\*\*([^*\n]+?)(:?)\*\*(:?)[ \t]*(.*)$/;
const ID_ITEM = /^\*\*([A-Z][A-Z0-9]{0,5})(-?)(\d{2,4})(?::\*\*|\*\*:?)[ \t]*([\s\S]*)$/;
const CHECK_ITEM = /^\[([ xX])\][ \t]+([\s\S]*)$/;
const TASK_ID = /^([A-Z]{1,5})(-?)(\d{2,4})\b[ \t]*([\s\S]*)$/;
const ITALIC_LINE = /^\s*([*_])(?!\1)[^*_].*[^*_]\1\s*$/;
const ADD_HINT = /^\[Add more\b[^\]]*\]$/i;

/** Turns the tokens under one heading into typed blocks, guidance and hints. */
export function buildBlocks(tokens: Token[], options: Options): BuiltBody {
  const blocks: Block[] = [];
  const guidance: string[] = [];
  const addHints: string[] = [];
  let pendingLabel: { text: string; line: number } | undefined;
  let guidanceSinceBlock: string[] = [];

  const push = (block: Block) => {
    if (pendingLabel) {
      block.label = pendingLabel.text;
      pendingLabel = undefined;
    }
    const previous = blocks[blocks.length - 1];
    const introducesExamples = guidanceSinceBlock.some((g) => /^example\b/i.test(g));
    guidanceSinceBlock = [];
    if (block.kind === 'idList' && introducesExamples) for (const item of block.items) item.example = true;
    if (previous && !block.label && mergeInto(previous, block)) return;
    block.id = `${options.idPrefix}${blocks.length}`;
    blocks.push(block);
  };
  const note = (text: string) => {
    guidance.push(text);
    guidanceSinceBlock.push(text);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'comment': {
        const text = dedentBlock(token.text);
        if (text) note(text);
        break;
      }
      case 'quote':
        note(token.lines.join('\n').trim());
        break;
      case 'rule':
        push({ kind: 'rule', id: '', line: token.line });
        break;
      case 'linkref':
        push({ kind: 'raw', id: '', line: token.line, text: token.text });
        break;
      case 'code':
        if (token.lang === DIAGRAM_LANG) push({ kind: 'diagram', id: '', line: token.line, code: token.code, placeholders: findPlaceholders(token.code, 'code') });
        else push({ kind: 'code', id: '', line: token.line, lang: token.lang, code: token.code, placeholders: findPlaceholders(token.code, 'code') });
        break;
      case 'table':
        push(tableBlock(token));
        break;
      case 'list':
        push(listBlock(token, options.plainLabels ?? false));
        break;
      case 'paragraph': {
        const lines = token.lines.map((l) => l.trimEnd());
        const text = lines.join('\n').trim();
        if (lines.length === 1 && ADD_HINT.test(text)) {
          addHints.push(text);
          break;
        }
        if (lines.every((l) => ITALIC_LINE.test(l))) {
          note(lines.map((l) => l.trim().slice(1, -1)).join('\n'));
          break;
        }
        const first = LABEL_LINE.exec(lines[0] ?? '');
        if (first && (first[2] || first[3]) && (first[4] ?? '') === '') {
          // A label alone on its line introduces what follows.
          pendingLabel = { text: (first[1] ?? '').trim(), line: token.line };
          if (lines.length > 1) push(paragraphBlock(lines.slice(1), token.line + 1));
          break;
        }
        push(paragraphBlock(lines, token.line));
        break;
      }
      case 'heading':
        break;
    }
  }
  if (pendingLabel) {
    push({ kind: 'prose', id: '', line: pendingLabel.line, text: '', placeholders: [] });
  }
  return { blocks, guidance, addHints };
}

/** Field lines (several per line with ` | `), each possibly continued on plain lines; prose otherwise. */
function paragraphBlock(lines: string[], line: number): Block {
  // Collect first, type once: a value continued over many lines is read once, not once per line.
  const pending: { label: string; colonInside: boolean; value: string[]; line: number; sameLine: boolean }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k] ?? '';
    const parsed = splitInlineFields(raw).map((part) => LABEL_LINE.exec(part.trim()));
    if (parsed.every((m) => m && (m[2] || m[3]))) {
      parsed.forEach((m, index) => pending.push({ label: (m![1] ?? '').trim(), colonInside: m![2] === ':', value: [m![4] ?? ''], line: line + k, sameLine: index > 0 }));
      continue;
    }
    const previous = pending[pending.length - 1];
    if (!previous) {
      const text = lines.join('\n').trim();
      return { kind: 'prose', id: '', line, text, placeholders: findPlaceholders(text) };
    }
    previous.value.push(raw.trim()); // the value goes on to the next line
  }
  const fields = pending.map((p) => {
    const field = inferField({ label: p.label, colonInside: p.colonInside, value: p.value.join('\n'), line: p.line });
    if (p.sameLine) field.sameLine = true;
    return field;
  });
  return { kind: 'fields', id: '', line, style: 'lines', fields };
}

/** `**Branch**: x | **Date**: y` -> two parts; a `|` counts only with blanks around it and a bold label after. */
function splitInlineFields(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let k = line.indexOf('|'); k >= 0; k = line.indexOf('|', k + 1)) {
    let next = k + 1;
    while (line[next] === ' ' || line[next] === '\t') next++;
    const spaced = next > k + 1 && (line[k - 1] === ' ' || line[k - 1] === '\t');
    if (spaced && line.startsWith('**', next)) {
      parts.push(line.slice(from, k));
      from = next;
    }
  }
  parts.push(line.slice(from));
  return parts;
}

function listBlock(token: Extract<Token, { type: 'list' }>, plainLabels: boolean): Block {
  const { items, ordered, line } = token;
  const base = { id: '', line };
  const allPlaceholders = (texts: string[]): Placeholder[] => texts.flatMap((t) => findPlaceholders(t));

  const ids = items.map((item) => ID_ITEM.exec(item));
  if (ids.every((m) => m) && new Set(ids.map((m) => m![1])).size === 1) {
    const first = ids[0]!;
    return {
      ...base,
      kind: 'idList',
      prefix: first[1] ?? '',
      separator: first[2] ?? '',
      digits: (first[3] ?? '').length,
      style: 'bold',
      items: ids.map((m) => ({ id: `${m![1]}${m![2]}${m![3]}`, text: (m![4] ?? '').trim(), placeholders: findPlaceholders(m![4] ?? '') })),
    };
  }

  const checks = items.map((item) => CHECK_ITEM.exec(item));
  if (checks.every((m) => m)) {
    const tasks = checks.map((m) => TASK_ID.exec(m![2] ?? ''));
    if (tasks.every((t) => t) && new Set(tasks.map((t) => t![1])).size === 1) {
      const first = tasks[0]!;
      return {
        ...base,
        kind: 'idList',
        prefix: first[1] ?? '',
        separator: first[2] ?? '',
        digits: (first[3] ?? '').length,
        style: 'checklist',
        items: tasks.map((t, k) => ({
          id: `${t![1]}${t![2]}${t![3]}`,
          checked: checks[k]![1] !== ' ',
          text: (t![4] ?? '').trim(),
          placeholders: findPlaceholders(t![4] ?? ''),
        })),
      };
    }
    const texts = checks.map((m) => (m![2] ?? '').trim());
    return { ...base, kind: 'checklist', items: checks.map((m, k) => ({ checked: m![1] !== ' ', text: texts[k]! })), placeholders: allPlaceholders(texts) };
  }

  const scenarios = items.map((item) => parseScenario(item, true));
  if (scenarios.every((s) => s)) return { ...base, kind: 'scenarios', items: scenarios.map((s) => s!) };

  const labelled = items.map((item) => LABEL_LINE.exec(item.trim()));
  if (labelled.every((m) => m && (m[2] || m[3]))) {
    const terms = labelled.map((m) => (m![1] ?? '').trim());
    if (terms.some((term) => findPlaceholders(term).length > 0)) {
      return {
        ...base,
        kind: 'definitions',
        ordered,
        items: labelled.map((m, k) => ({ term: terms[k]!, text: (m![4] ?? '').trim(), placeholders: findPlaceholders(`${terms[k]} ${m![4] ?? ''}`) })),
      };
    }
    return { ...base, kind: 'fields', style: 'list', fields: labelled.map((m, k) => inferField({ label: terms[k]!, colonInside: m![2] === ':', value: m![4] ?? '', line: line + k })) };
  }

  // Before the first section, `- Label: value` lines are metadata; in a section they are fields when every value is a blank to fill (`* Engagement: [Engagement]`).
  const plain = items.map((item) => PLAIN_LABEL.exec(item.trim()));
  if (plain.every((m) => m) && (plainLabels || plain.every((m) => findPlaceholders(m![2] ?? '').length > 0))) {
    const fields = plain.map((m, k) => ({ ...inferField({ label: (m![1] ?? '').trim(), value: m![2] ?? '', line: line + k }), plainLabel: true }));
    return { ...base, kind: 'fields', style: 'list', fields };
  }

  return { ...base, kind: 'list', ordered, items, placeholders: allPlaceholders(items) };
}

function tableBlock(token: Extract<Token, { type: 'table' }>): Block {
  const width = token.header.length;
  const rows = token.rows.map((row) => {
    const cells = row.slice(0, width);
    while (cells.length < width) cells.push('');
    return cells;
  });
  const columns = token.header.map((name, c) => {
    const align = token.align[c] ?? 'none';
    const choices = rows.map((row) => slashChoices(row[c] ?? ''));
    const first = choices[0];
    const same = first && rows.length > 0 && choices.every((choice) => choice && choice.join('/') === first.join('/'));
    return same ? { name, align, options: first } : { name, align };
  });
  return {
    kind: 'table',
    id: '',
    line: token.line,
    columns,
    rows,
    placeholders: rows.flatMap((row) => row.flatMap((cell) => findPlaceholders(cell))),
  };
}

/**
 * Spec-kit breaks one requirement list with an italic example line; a reader
 * sees one list (FR-001 ... FR-007), and so does the schema. Adjacent field
 * lines separated by blank lines are one form as well.
 */
function mergeInto(previous: Block, next: Block): boolean {
  if (previous.kind === 'idList' && next.kind === 'idList' && previous.prefix === next.prefix && previous.style === next.style) {
    previous.items.push(...next.items);
    return true;
  }
  if (previous.kind === 'fields' && next.kind === 'fields' && previous.style === next.style) {
    previous.fields.push(...next.fields);
    return true;
  }
  return false;
}

function dedentBlock(text: string): string {
  const lines = text.trimEnd().replace(/^\n+/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.reduce((min, n) => Math.min(min, n), indents[0] ?? 0);
  return lines.map((l) => l.slice(cut).trimEnd()).join('\n').trim();
}
