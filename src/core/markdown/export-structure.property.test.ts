import fc from 'fast-check';
import type { List, Nodes, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import type { Block, TemplateSchema } from '../template/schema';
import { allTemplates } from './__fixtures__/load-templates';
import { exportMarkdown } from './export-markdown';
import { escapeClosingHashes, exportHeading } from './heading-flag';
import { oneLineText } from './one-line-text';

/*
 * Export never breaks structure: drafts of every template with hostile text
 * in every value (backticks, fences, pipes, `#`, `---`, `===`, `>`, `<!--`,
 * `<div>`, `[d]: y`, trailing spaces, tabs, leading spaces, `1.` and `1)`,
 * `*`, `_`, blank lines, unicode) are exported, the export parsed with
 * CommonMark + GFM (mdast-util-from-markdown), and the tree checked against
 * the draft:
 * - the title and section headings, in order, at their levels, with their
 *   text; any other heading (from prose) sits below the section it is in;
 * - each code and diagram value is a code block with exactly its text;
 * - each table is a table with its header, its rows, each row with one cell
 *   per column and the cell's text;
 * - each list, checklist, ID list, scenario and definition value is one list
 *   with one item per filled entry, each item's text whole (not a nested
 *   list, a heading or a quote), checked where the draft checks it;
 * - each field's label and value are read together in one paragraph or item.
 * Text is compared by its letters and digits, which Markdown syntax never
 * adds or takes away. The link definitions the text holds (`[d]: y`) use a
 * label nothing else uses: where one resolves `[x][x]` to a link, the second
 * label's letters go, which is Markdown's reading, not a broken block.
 */

const now = new Date('2026-11-21T09:30:00Z');

const hostile = [
  '`', '``', '```', '~~~', '````js', '|', '\\|', '#', '# x', '## y', '#5', '---', '===', '***', '- ', '+ x', '* ', '>', '> q', '<!--', '-->', '<!-- c -->',
  '<div>', '</div>', '<pre>', '<script>', '<?', '<![CDATA[', '[d]: y', '[d]:', '[x]', '[ ]', '[x] done', '1.', '1)', '2. two', '10)', '*', '_', '**', '__', '\\', '\\\\',
  '  ', '\t', '    ', '<br>', 'é', 'naïve', '中文', '😀', 'word', 'foo', 'bar', 'a|b', '`a|b`', '*em*', '\u00a0', '$x', '{id}', ':', 'ÆON',
];
const token = fc.constantFrom(...hostile);
const sep = fc.constantFrom(' ', '', '\n', '  \n', '\n\n', '\t', '\n    ', '\n   ', '\r\n');

/** Hostile text: tokens joined by spaces, nothing, line breaks (with trailing spaces or indents), blank lines. */
const text = (max = 8): fc.Arbitrary<string> =>
  fc.array(fc.tuple(token, sep), { minLength: 1, maxLength: max }).map((parts) => parts.map(([t, s]) => t + s).join(''));
const maybe = (arb: fc.Arbitrary<string>) => fc.oneof({ weight: 5, arbitrary: arb }, fc.constant(''));

function valueArb(value: BlockValue, block: Block | undefined): fc.Arbitrary<BlockValue> {
  const blockId = value.blockId;
  const items = { minLength: 1, maxLength: 3 };
  switch (value.kind) {
    case 'prose':
      return text(12).map((markdown) => ({ ...value, markdown }));
    case 'fields': {
      const keys = Object.keys(value.values);
      return fc.tuple(...keys.map(() => maybe(text()))).map((texts) => ({ ...value, values: Object.fromEntries(keys.map((k, n) => [k, texts[n]!])) }));
    }
    case 'definitions':
      return fc.array(fc.record({ term: maybe(text(3)), text: maybe(text()) }), items).map((entries) => ({ ...value, items: entries }));
    case 'idList':
      return fc.array(fc.tuple(maybe(text()), fc.boolean()), items).map((entries) => ({
        ...value,
        items: entries.map(([t, checked], k) => {
          const id = value.items[k]?.id ?? `${value.items[0]?.id ?? 'FR-001'}-${k}`;
          return block?.kind === 'idList' && block.style === 'checklist' ? { id, text: t, checked } : { id, text: t };
        }),
      }));
    case 'scenarios':
      return fc.array(fc.record({ given: maybe(text(4)), when: maybe(text(4)), then: maybe(text(4)) }), items).map((entries) => ({ ...value, items: entries }));
    case 'table':
      return fc
        .array(fc.array(maybe(text(4)), { minLength: value.columns.length, maxLength: value.columns.length }), items)
        .map((rows) => ({ kind: 'table', blockId, columns: value.columns, rows }));
    case 'code':
      return fc.tuple(fc.constantFrom('', 'js', 'text'), text(10)).map(([lang, code]) => ({ ...value, lang, code }));
    case 'diagram':
      return text(10).map((code) => ({ ...value, code }));
    case 'checklist':
      return fc.array(fc.record({ checked: fc.boolean(), text: maybe(text()) }), items).map((entries) => ({ ...value, items: entries }));
    case 'list':
      return fc.array(maybe(text()), items).map((entries) => ({ ...value, items: entries }));
  }
}

function hostileDraft(template: TemplateSchema): fc.Arbitrary<Draft> {
  const base = createDraft(template, { id: 'hostile', now });
  const { blocks } = templateLookup(template);
  const values = (list: BlockValue[]) => (list.length === 0 ? fc.constant([] as BlockValue[]) : fc.tuple(...list.map((v) => valueArb(v, blocks.get(v.blockId)))));
  const section = (s: DraftSection): fc.Arbitrary<DraftSection> =>
    fc
      .tuple(values(s.blocks), s.children.length === 0 ? fc.constant([] as DraftSection[]) : fc.tuple(...s.children.map(section)), fc.boolean())
      .map(([blockValues, children, on]) => ({ ...s, blocks: blockValues, children, enabled: on || !isSwitchable(template, s) }));
  const metaKeys = Object.keys(base.metadata);
  return fc
    .record({
      titleText: maybe(text(4)),
      metadata: fc.tuple(...metaKeys.map(() => maybe(text(4)))),
      preamble: values(base.preamble),
      sections: base.sections.length === 0 ? fc.constant([] as DraftSection[]) : fc.tuple(...base.sections.map(section)),
      footer: values(base.footer),
    })
    .map((parts) => ({ ...base, ...parts, metadata: Object.fromEntries(metaKeys.map((k, n) => [k, parts.metadata[n]!])) }));
}

function isSwitchable(template: TemplateSchema, s: DraftSection): boolean {
  const t = s.templateSectionId === null ? undefined : templateLookup(template).sections.get(s.templateSectionId);
  return t?.requirement === 'conditional' || t?.requirement === 'optional';
}

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Letters and digits: what Markdown syntax never adds or takes away. */
function letters(s: string): string {
  return (s.normalize('NFC').match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

/**
 * A value's letters as the export reads them: where the value's text holds
 * `[x][d]` and the file defines `[d]: y`, Markdown reads a link with the text
 * `x`, and the label's letters go.
 */
function readerOf(tree: Root): (text: string) => string {
  const defined = new Set(all(tree, 'definition').map((d) => normalizeLabel(d.label ?? d.identifier)));
  if (defined.size === 0) return letters;
  return (text) => letters(text.replace(/\]\[([^\]]*)\]/g, (whole, label: string) => (defined.has(normalizeLabel(label)) ? ']' : whole)));
}

function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase();
}

function all<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) found.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return found as Extract<Nodes, { type: T }>[];
}

/** Whether `expected` appear in `actual` in order, each matched by `same`; the first one missing, if any. */
function inOrder<E, A>(expected: E[], actual: A[], same: (e: E, a: A) => boolean): E | null {
  let at = 0;
  for (const e of expected) {
    while (at < actual.length && !same(e, actual[at]!)) at++;
    if (at === actual.length) return e;
    at++;
  }
  return null;
}

type Expected = {
  headings: { depth: number; text: string; optional: boolean }[];
  codes: string[];
  tables: { header: string[]; rows: string[][] }[];
  lists: { items: string[]; checked: (boolean | null)[]; shapes: string[] }[];
  fields: string[];
};

function expectedOf(draft: Draft, read: (text: string) => string): Expected {
  const { template } = draft;
  const lookup = templateLookup(template);
  const out: Expected = { headings: [], codes: [], tables: [], lists: [], fields: [] };
  // By letters: a link definition elsewhere in the document may turn `[x]` into a link.
  const headingText = (line: string) => letters(toString(parse(line).children[0]!));
  if (template.title) {
    const title = oneLineText(draft.titleText);
    out.headings.push({ depth: 1, text: headingText(`# ${escapeClosingHashes(title ? oneLineText(template.title.prefix + title) : template.title.heading)}`), optional: false });
  }
  for (const [key, value] of Object.entries(draft.metadata)) {
    const field = template.metadata.find((f) => f.key === key);
    if (field && oneLineText(value) !== '') out.fields.push(letters(field.label) + read(oneLineText(value)));
  }
  const values = (list: BlockValue[]) => {
    for (const value of list) addValue(out, value, lookup.blocks.get(value.blockId), read);
  };
  values(draft.preamble);
  const section = (s: DraftSection) => {
    if (!s.enabled) return;
    const t = s.templateSectionId === null ? undefined : lookup.sections.get(s.templateSectionId);
    const level = Math.min(6, Math.max(1, s.level));
    const heading = escapeClosingHashes(exportHeading(s.title, t));
    out.headings.push({ depth: level, text: heading ? headingText(`${'#'.repeat(level)} ${heading}`) : '', optional: isSwitchable(template, s) });
    values(s.blocks);
    s.children.forEach(section);
  };
  draft.sections.forEach(section);
  values(draft.footer);
  return out;
}

function addValue(out: Expected, value: BlockValue, block: Block | undefined, read: (text: string) => string): void {
  const list = (items: { text: string; checked: boolean | null }[]) => {
    if (items.length > 0) out.lists.push({ items: items.map((i) => read(i.text)), checked: items.map((i) => i.checked), shapes: items.map(() => 'paragraph') });
  };
  switch (value.kind) {
    case 'code':
    case 'diagram':
      if (value.code.trim() !== '') out.codes.push(value.code.replace(/\r\n?/g, '\n'));
      return;
    case 'table': {
      const rows = value.rows.filter((row) => row.some((cell) => cell.trim() !== ''));
      // A line break in a cell is written as `<br>`.
      const cell = (text: string) => read(text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '').join('<br>'));
      if (rows.length > 0 && value.columns.length > 0) out.tables.push({ header: value.columns.map(letters), rows: rows.map((row) => row.map(cell)) });
      return;
    }
    case 'list':
      return list(value.items.filter((i) => i.trim() !== '').map((i) => ({ text: i, checked: null })));
    case 'checklist':
      return list(value.items.filter((i) => i.text.trim() !== '').map((i) => ({ text: i.text, checked: i.checked })));
    case 'idList': {
      const checklist = block?.kind === 'idList' ? block.style === 'checklist' : value.items.some((i) => i.checked !== undefined);
      return list(value.items.filter((i) => oneLineText(i.text) !== '').map((i) => ({ text: `${i.id} ${i.text}`, checked: checklist ? (i.checked ?? false) : null })));
    }
    case 'scenarios':
      return list(
        value.items
          .filter((s) => [s.given, s.when, s.then].some((t) => oneLineText(t) !== ''))
          .map((s) => ({ text: `Given ${s.given} When ${s.when} Then ${s.then}`, checked: null })),
      );
    case 'definitions':
      return list(value.items.filter((i) => oneLineText(i.term) !== '' || i.text.trim() !== '').map((i) => ({ text: `${i.term} ${i.text}`, checked: null })));
    case 'fields': {
      const fields = block?.kind === 'fields' ? block.fields : [];
      for (const field of fields) {
        const v = oneLineText(value.values[field.key] ?? '');
        if (v !== '') out.fields.push(letters(field.label) + read(v));
      }
      return;
    }
    case 'prose':
      return;
  }
}

/**
 * The export's tree, or null where mdast-util-gfm-task-list-item's own
 * development check (in its `exitCheck`) fails: a line that starts like a
 * checkbox (`[x] done`, `    [ ] a`) in a paragraph that continues an empty
 * list item (`-`, `10)`, or `1)` then `[d]: y`) makes micromark report a task
 * check outside any list item, in the user's prose as in any file. That is the
 * parser's bug, not the export's (the production build ignores it).
 */
function parseExport(markdown: string): Root | null {
  try {
    return parse(markdown);
  } catch (error) {
    if (error instanceof Error && /Expected value to be truthy/.test(error.message) && /exitCheck/.test(error.stack ?? '') && /^ *\[[ xX]\]/m.test(markdown)) return null;
    throw error;
  }
}

function checkStructure(draft: Draft): void {
  const markdown = exportMarkdown(draft);
  const parsed = parseExport(markdown);
  fc.pre(parsed !== null);
  const tree = parsed!;
  const expected = expectedOf(draft, readerOf(tree));
  const context = () => `\n--- export ---\n${markdown}\n--- values ---\n${JSON.stringify(draft.sections.map((s) => [s.title, s.blocks]))}`;

  // Headings: the draft's, in order; any other one below the section it is in.
  const headings = tree.children.filter((n): n is Extract<RootContent, { type: 'heading' }> => n.type === 'heading');
  let at = 0;
  let level = 0;
  for (const want of expected.headings) {
    const match = (h: (typeof headings)[number]) => h.depth === want.depth && letters(toString(h)) === want.text;
    let k = at;
    while (k < headings.length && !match(headings[k]!)) k++;
    if (k === headings.length) {
      expect(want.optional, `heading ${'#'.repeat(want.depth)} ${want.text} missing${context()}`).toBe(true);
      continue;
    }
    for (const extra of headings.slice(at, k)) expect(extra.depth, `heading "${toString(extra)}" at level ${extra.depth} in a level-${level} section${context()}`).toBeGreaterThan(level);
    level = want.depth;
    at = k + 1;
  }
  for (const extra of headings.slice(at)) expect(extra.depth, `heading "${toString(extra)}" after the last section${context()}`).toBeGreaterThan(level);

  // Code: exactly the value.
  const codes = all(tree, 'code').map((c) => c.value);
  const missingCode = inOrder(expected.codes, codes, (e, a) => e === a);
  expect(missingCode, `code ${JSON.stringify(missingCode)} not in ${JSON.stringify(codes)}${context()}`).toBeNull();

  // Tables: header, rows, one cell per column, each cell's text.
  const tables = all(tree, 'table').map((t: Table) => t.children.map((row) => row.children.map((cell) => letters(toString(cell)))));
  const missingTable = inOrder(expected.tables, tables, (e, a) => JSON.stringify([e.header, ...e.rows]) === JSON.stringify(a));
  expect(missingTable, `table ${JSON.stringify(missingTable)} not in ${JSON.stringify(tables)}${context()}`).toBeNull();

  // Lists: one item per entry, its text whole (one paragraph), checked where the draft checks it.
  const lists = tree.children
    .filter((n): n is List => n.type === 'list')
    .map((l) => ({ items: l.children.map((i) => letters(toString(i))), checked: l.children.map((i) => i.checked ?? null), shapes: l.children.map((i) => i.children.map((c) => c.type).join(',')) }));
  const missingList = inOrder(expected.lists, lists, (e, a) => JSON.stringify(e) === JSON.stringify(a));
  expect(missingList, `list ${JSON.stringify(missingList)} not in ${JSON.stringify(lists)}${context()}`).toBeNull();

  // Fields: label and value read together, in one paragraph or item.
  const blocks = [...all(tree, 'paragraph'), ...all(tree, 'listItem'), ...all(tree, 'tableCell')].map((n) => letters(toString(n)));
  for (const field of expected.fields) expect(blocks.some((b) => b.includes(field)) ? null : field, `field ${field} not in one block${context()}`).toBeNull();
}

/** On failure, the assertion's message (the export is in it), not the whole shrunk draft. */
function report(details: fc.RunDetails<[Draft]>): void {
  if (!details.failed) return;
  const error = details.errorInstance;
  throw new Error(`after ${details.numRuns} runs (seed ${details.seed}): ${error instanceof Error ? error.message : String(error)}${process.env.PROPERTY_STACK && error instanceof Error ? `\n${error.stack}\n${JSON.stringify(details.counterexample)}` : ""}`);
}

/**
 * Templates whose drafts the property still breaks, with what it finds (the
 * test is `it.fails` for them, so a fix shows up as a failure to unlist).
 */
const KNOWN_FAILING: Record<string, string> = {};

// The seed and run count are pinned so CI is repeatable; PROPERTY_SEED and PROPERTY_RUNS run others
// (PROPERTY_STACK=1 adds the stack and the shrunk draft to a failure). Seeds 1, 777, 12345 and 424242
// at 150 runs found the last counterexamples fixed in #13 (prose whose list ends in HTML, then a list).

describe('export keeps the structure the draft shows', () => {
  for (const template of allTemplates) {
    const run = () => fc.assert(fc.property(hostileDraft(template), checkStructure), { numRuns: Number(process.env.PROPERTY_RUNS) || 80, seed: Number(process.env.PROPERTY_SEED) || 20261121, reporter: report });
    if (template.id in KNOWN_FAILING) it.fails(`for drafts of ${template.id} with hostile text in every value (known: ${KNOWN_FAILING[template.id]})`, run, 300_000);
    else it(`for drafts of ${template.id} with hostile text in every value`, run, 300_000);
  }
});
