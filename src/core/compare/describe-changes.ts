import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import type { BlockChange } from './block-change';
import type { ChangeLine, ChangeVerb } from './change-line';
import type { BlockPlace, ChangeList } from './draft-change';
import { positionedOps, type ItemOp } from './item-ops';
import { diffText, newText as joinNew, oldText as joinOld } from './text-parts';

type Where = { path: string; sectionId: string | null };

/** Section id -> its path of titles, for every section of a draft. */
function sectionPaths(sections: DraftSection[], prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const s of sections) {
    const path = prefix ? `${prefix} › ${s.title}` : s.title;
    if (!out.has(s.id)) out.set(s.id, path);
    sectionPaths(s.children, path, out);
  }
  return out;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function line(verb: ChangeVerb, subject: string, where: Where, extra: Partial<ChangeLine> = {}): ChangeLine {
  const summary = extra.summary ?? `${subject} ${verb}`;
  const parts = extra.parts ?? (extra.before !== undefined && extra.after !== undefined ? (diffText(extra.before, extra.after) ?? undefined) : undefined);
  return { about: 'other', ...extra, verb, subject, where: where.path, sectionId: where.sectionId, summary, ...(parts ? { parts } : {}) };
}

/**
 * The change list in the spec's own terms, one line per thing a reviewer
 * would name: sections added, removed, renamed and switched; requirements by
 * their ID; scenarios, table rows and list items by number; fields by name;
 * prose with its changed words.
 */
export function describeChanges(list: ChangeList, before: Draft, after: Draft): ChangeLine[] {
  const oldPaths = sectionPaths(before.sections);
  const newPaths = sectionPaths(after.sections);
  const labels = (blockId: string) => templateLookup(after.template).blocks.get(blockId)?.label ?? templateLookup(before.template).blocks.get(blockId)?.label;
  const whereOf = (place: BlockPlace): Where =>
    typeof place === 'string' ? { path: place === '@preamble' ? 'Before the first section' : 'After the last section', sectionId: null } : { path: newPaths.get(place.sectionId) ?? oldPaths.get(place.sectionId) ?? '', sectionId: place.sectionId };
  const parentWhere = (parentId: string | null, paths: Map<string, string>): Where => ({ path: parentId ? (paths.get(parentId) ?? '') : '', sectionId: parentId });
  const out: ChangeLine[] = [];
  for (const change of list.changes) {
    switch (change.type) {
      case 'name':
        out.push(line('changed', 'Draft name', { path: '', sectionId: null }, { before: change.before ?? '', after: change.after ?? '' }));
        break;
      case 'text':
        out.push(line('changed', 'Title', { path: '', sectionId: null }, { before: change.before, after: change.after }));
        break;
      case 'entry': {
        const { key, before: b, after: a } = change.change;
        const subject = change.record === 'metadata' ? `Field “${key}”` : `Front matter “${key}”`;
        out.push(line(b === null ? 'added' : a === null ? 'removed' : 'changed', subject, { path: '', sectionId: null }, { ...(b !== null ? { before: b } : {}), ...(a !== null ? { after: a } : {}) }));
        break;
      }
      case 'section-added':
        out.push(line('added', `Section “${change.section.title}”`, parentWhere(change.parentId, newPaths), { about: 'section', after: sectionText(change.section) }));
        break;
      case 'section-removed':
        out.push(line('removed', `Section “${change.section.title}”`, parentWhere(change.parentId, oldPaths), { about: 'section', before: sectionText(change.section) }));
        break;
      case 'section-renamed':
        out.push(line('renamed', `Section “${change.before}”`, { path: '', sectionId: change.id }, { summary: `Section “${change.before}” renamed “${change.after}”`, before: change.before, after: change.after }));
        break;
      case 'section-setting': {
        const title = newPaths.get(change.id) ?? change.id;
        if (change.setting === 'enabled') out.push(line(change.after ? 'switched on' : 'switched off', `Section “${title}”`, { path: '', sectionId: change.id }));
        else if (change.setting === 'absent') out.push(line(change.after ? 'removed' : 'added', `Section “${title}”`, { path: '', sectionId: change.id }, { about: 'section' }));
        else out.push(line('changed', `Section “${title}”`, { path: '', sectionId: change.id }, { summary: `Section “${title}”: ${change.setting === 'level' ? 'heading level' : 'template section'} changed` }));
        break;
      }
      case 'section-order':
        out.push(line('reordered', change.parentId ? `Sections in “${newPaths.get(change.parentId) ?? ''}”` : 'Top sections', parentWhere(change.parentId, newPaths)));
        break;
      case 'sections':
        out.push(line('replaced', change.parentId ? `Sections in “${newPaths.get(change.parentId) ?? ''}”` : 'All sections', parentWhere(change.parentId, newPaths)));
        break;
      case 'blocks':
        out.push(line('replaced', 'Content', whereOf(change.place), { before: change.before.map(blockText).join('\n'), after: change.after.map(blockText).join('\n') }));
        break;
      case 'block':
        out.push(...describeBlock(change.change, labels(change.blockId), whereOf(change.place)));
        break;
    }
  }
  return out;
}

function describeBlock(change: BlockChange, label: string | undefined, where: Where): ChangeLine[] {
  const named = (fallback: string) => (label ? `${fallback} “${label}”` : fallback);
  switch (change.kind) {
    case 'prose':
      return [line('changed', label ? `“${label}”` : 'Text', where, { parts: change.text, before: joinOld(change.text), after: joinNew(change.text) })];
    case 'diagram':
      return [line('changed', named('Diagram'), where, { parts: change.code, before: joinOld(change.code), after: joinNew(change.code) })];
    case 'code': {
      const out: ChangeLine[] = [];
      if (change.lang) out.push(line('changed', `${named('Code')} language`, where, { before: change.lang.before, after: change.lang.after }));
      if (change.code) out.push(line('changed', named('Code'), where, { parts: change.code, before: joinOld(change.code), after: joinNew(change.code) }));
      return out;
    }
    case 'fields':
      return change.entries.map((e) => line(e.before === null ? 'added' : e.after === null ? 'removed' : 'changed', `Field “${e.key}”`, where, { ...(e.before !== null ? { before: e.before } : {}), ...(e.after !== null ? { after: e.after } : {}) }));
    case 'table': {
      const out: ChangeLine[] = [];
      if (change.columns) out.push(line('changed', `${named('Table')} columns`, where, { before: change.columns.before.join(' | '), after: change.columns.after.join(' | ') }));
      if (change.rows) out.push(...itemLines(change.rows, (_row, n) => `Row ${n}`, (row) => row.join(' | '), where, 'other'));
      return out;
    }
    case 'idList':
      return itemLines(change.items, (item, n) => item.id || `Item ${n}`, (item) => item.text, where, 'requirement', (b, a) => (b.id !== a.id && b.text === a.text ? `${b.id} renumbered as ${a.id}` : null));
    case 'scenarios':
      return itemLines(change.items, (_s, n) => `Scenario ${n}`, scenarioText, where, 'scenario');
    case 'definitions':
      return itemLines(change.items, (d) => `Term “${d.term}”`, (d) => d.text, where, 'other');
    case 'checklist':
      return itemLines(change.items, (_c, n) => `Item ${n}`, (c) => `${c.checked ? '[x]' : '[ ]'} ${c.text}`, where, 'other');
    case 'list':
      return itemLines(change.items, (_c, n) => `Item ${n}`, (c) => c, where, 'other');
  }
}

function itemLines<T>(ops: ItemOp<T>[], subject: (item: T, n: number) => string, text: (item: T) => string, where: Where, about: ChangeLine['about'], special?: (before: T, after: T) => string | null): ChangeLine[] {
  return positionedOps(ops).map(({ op, oldAt, newAt }) => {
    if (op.op === 'added') return line('added', subject(op.item, newAt), where, { about, after: text(op.item) });
    if (op.op === 'removed') return line('removed', subject(op.item, oldAt), where, { about, before: text(op.item) });
    const summary = special?.(op.before, op.after);
    return line(summary ? 'renumbered' : 'changed', subject(op.before, oldAt), where, { about, before: text(op.before), after: text(op.after), ...(summary ? { summary } : {}) });
  });
}

export function scenarioText(s: { given: string; when: string; then: string }): string {
  return `Given ${oneLine(s.given)}, when ${oneLine(s.when)}, then ${oneLine(s.then)}`;
}


function blockText(value: BlockValue): string {
  switch (value.kind) {
    case 'prose':
      return value.markdown;
    case 'code':
    case 'diagram':
      return value.code;
    case 'fields':
      return Object.entries(value.values).map(([k, v]) => `${k}: ${v}`).join('\n');
    case 'table':
      return [value.columns, ...value.rows].map((r) => r.join(' | ')).join('\n');
    case 'idList':
      return value.items.map((i) => `${i.id} ${i.text}`).join('\n');
    case 'scenarios':
      return value.items.map(scenarioText).join('\n');
    case 'definitions':
      return value.items.map((d) => `${d.term}: ${d.text}`).join('\n');
    case 'checklist':
      return value.items.map((c) => c.text).join('\n');
    case 'list':
      return value.items.join('\n');
  }
}

function sectionText(section: DraftSection): string {
  return [section.title, ...section.blocks.map(blockText), ...section.children.map(sectionText)].filter((t) => t.trim() !== '').join('\n');
}
