import fc from 'fast-check';
import { createDraft } from '../../draft/create-draft';
import type { BlockValue, Draft, DraftSection } from '../../draft/draft-schema';
import { addGroupItem, removeSection } from '../../draft/group-edits';
import { formatId } from '../../draft/id-list-edits';
import { templateLookup } from '../../draft/template-lookup';
import type { Block, TemplateSchema } from '../../template/schema';

/**
 * Random drafts for the round-trip property tests.
 *
 * `free` drafts have what a user can type, within the restrictions the
 * Markdown format itself sets (each one is named where the generator keeps to
 * it, and listed in round-trip.property.test.ts): one-line values of any
 * characters, empty values, several paragraphs with lists, tables, code,
 * quotes, headings and hard breaks in prose, switched-off sections, added and
 * removed group items.
 *
 * `exact` drafts fill every value with one piece of text each (one paragraph
 * per prose value, no empty items), so an import gives back an equal draft,
 * not only the same Markdown.
 */
export type Mode = 'free' | 'exact';

const now = new Date('2026-11-21T09:30:00Z');

// `phrase` starts and ends with a letter word, for the later lines of a
// multi-line value (a line starting `-`, `#`, `>` or `1.` is a new block) and
// for terms (`**Term:**:` reads as `Term`). `exact` drafts use it everywhere.
const letterWords = ['run', 'history', 'Airflow', 'ingest', 'p95', 'latency', 'API', 'events', 'schema', 'retry', 'token', 'node', 'café', 'naïve', 'ÆON', 'tool', 'x2'];
const inlineWords = [
  ...letterWords,
  '`code_span`',
  '`a|b`',
  '**bold**',
  '*em*',
  '_under_',
  '[NEEDS CLARIFICATION: auth method - SSO, OAuth?]',
  '[Brief Title]',
  '[link](https://example.com/a_b)',
  'a|b',
  'snake_case',
  'C#',
  '<T>',
  '<package>',
  '100%',
  '->',
  '#tag',
  '(note)',
  '[P]',
  '[US1]',
  'back\\slash',
  '~tilde~',
  '"quoted"',
  "it's",
  '🎯',
  ':',
  ',',
  'FR-001',
  '1.',
  '-',
  '*',
  '&amp;',
  '&',
  '<br>',
  '[x]',
  '**',
  '\\*',
  '{id}',
  '$ARGUMENTS',
  'TODO(x)',
  'YYYY-MM-DD',
  '---',
  '===',
  '> quote',
  '<!-- c -->',
  '`',
  '``',
  '|',
];
// A value in a code span (`**Feature Branch**: \`x\``) cannot hold ` | **`: the field line would split
// there, and a backslash does not escape inside a code span.
const wrappedWords = inlineWords.filter((w) => w !== '|');
// A bold term cannot hold a `*`; for an equal draft (`exact`) terms keep to letters. The text still
// exports stably either way.
const termWordsFor = (mode: Mode) => (mode === 'exact' ? letterWords : inlineWords);

const codeLines = ['def handler(event):', '    return {"status": "ok"}', '', '```', '~~~', '# comment', '---', '| a | b |', 'x = `y`', '<!-- c -->', '- item', '**bold**: x', 'trailing  ', '\ttabbed', '## not a heading', '[summary]: #summary'];

function phrase(words: string[], max = 8): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...letterWords), fc.array(fc.constantFrom(...words), { maxLength: max }), fc.constantFrom(...letterWords))
    .map(([first, middle, last]) => [first, ...middle, last].join(' '));
}

/** Any words at either end: for one-line values, where a line start is not a block start. */
function anyPhrase(words: string[], max = 8): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: max }).map((w) => w.join(' '));
}

/** A one-line value: in `free` drafts it may start and end with anything. */
function oneLine(mode: Mode, words: string[] = inlineWords): fc.Arbitrary<string> {
  if (mode === 'exact') return phrase(words);
  // U+2028 and U+2029 are not line breaks in Markdown, but the engine's scanner reads lines with
  // `(.*)$`, which stops at them: a list item holding one reads as a paragraph.
  const noBreak = (t: string) => !/[\r\n\u2028\u2029]/.test(t);
  return fc.oneof(
    { weight: 3, arbitrary: anyPhrase(words) },
    fc.string({ unit: 'grapheme', maxLength: 12 }).filter(noBreak),
    fc.string({ unit: 'binary-ascii', maxLength: 12 }).filter(noBreak),
  );
}

/**
 * For values the export keeps on one line (field values, ID'd items): in
 * `free` drafts they may hold line breaks of any kind, with lines that start
 * like a heading, a list or a quote.
 */
function foldedLine(mode: Mode, words: string[] = inlineWords): fc.Arbitrary<string> {
  if (mode === 'exact') return oneLine(mode, words);
  const broken = fc
    .array(fc.tuple(anyPhrase([...words, '#', '# Heading', '- item', '> quote', '1. first'], 3), fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { minLength: 2, maxLength: 3 })
    .map((parts) => parts.map(([text, nl], k) => (k < parts.length - 1 ? text + nl : text)).join(''));
  return fc.oneof({ weight: 3, arbitrary: oneLine(mode, words) }, broken);
}

function maybeEmpty(arb: fc.Arbitrary<string>, mode: Mode): fc.Arbitrary<string> {
  return mode === 'exact' ? arb : fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant('') });
}

/** Lines of plain text; later lines start with a letter word too. */
function lines(words: string[], max: number, separator: fc.Arbitrary<string> = fc.constant('\n')): fc.Arbitrary<string> {
  return fc
    .tuple(phrase(words), fc.array(fc.tuple(separator, phrase(words)), { maxLength: max - 1 }))
    .map(([first, rest]) => first + rest.map(([sep, line]) => sep + line).join(''));
}

function proseArb(mode: Mode): fc.Arbitrary<string> {
  const paragraph = mode === 'exact' ? lines(inlineWords, 3, fc.constantFrom('\n', '  \n')) : fc.oneof(anyPhrase(inlineWords), lines(inlineWords, 3, fc.constantFrom('\n', '  \n')));
  if (mode === 'exact') return paragraph;
  const bullets = fc.array(phrase(inlineWords), { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n'));
  const numbered = fc.array(phrase(inlineWords), { minLength: 1, maxLength: 3 }).map((items) => items.map((i, k) => `${k + 1}. ${i}`).join('\n'));
  const code = fc.tuple(fc.constantFrom('', 'json', 'python'), fc.array(fc.constantFrom(...codeLines.filter((l) => !/^(```|~~~)/.test(l))), { minLength: 1, maxLength: 4 })).map(([lang, body]) => `\`\`\`${lang}\n${body.join('\n')}\n\`\`\``);
  const table = fc.array(phrase(letterWords, 2), { minLength: 2, maxLength: 2 }).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`);
  const quote = phrase(inlineWords).map((p) => `> ${p}`);
  // The prose editor makes headings; the export nests them under the section.
  const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), phrase(inlineWords, 3), fc.boolean()).map(([level, text, setext]) => (setext ? `${text}\n${level === 1 ? '===' : '---'}` : `${'#'.repeat(level)} ${text}`));
  const piece = fc.oneof({ weight: 4, arbitrary: paragraph }, bullets, numbered, code, table, quote, heading);
  return fc.oneof({ weight: 5, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join('\n\n')) }, { weight: 1, arbitrary: fc.constant('') });
}

function codeArb(mode: Mode): fc.Arbitrary<string> {
  const body = fc.array(fc.constantFrom(...codeLines), { minLength: 1, maxLength: 6 }).map((l) => l.join('\n'));
  return mode === 'exact' ? body.filter((code) => code.trim() !== '') : fc.oneof(body, fc.constant(''));
}

function valueArb(value: BlockValue, block: Block | undefined, mode: Mode): fc.Arbitrary<BlockValue> {
  const blockId = value.blockId;
  const count = mode === 'exact' ? { minLength: 1, maxLength: 3 } : { maxLength: 3 };
  switch (value.kind) {
    case 'prose':
      return proseArb(mode).map((markdown) => ({ kind: 'prose', blockId, markdown }));
    case 'fields': {
      const fields = block?.kind === 'fields' ? block.fields : [];
      const keys = Object.keys(value.values);
      return fc.tuple(...keys.map((key) => fieldArb(fields.find((f) => f.key === key), mode))).map((texts) => ({
        kind: 'fields',
        blockId,
        values: Object.fromEntries(keys.map((key, k) => [key, texts[k]!])),
      }));
    }
    case 'definitions':
      return fc
        .array(
          fc.tuple(maybeEmpty(phrase(termWordsFor(mode), 2), mode), maybeEmpty(oneLine(mode), mode)).map(([term, text]) => ({ term, text })),
          count,
        )
        .map((items) => ({ kind: 'definitions', blockId, items }));
    case 'idList': {
      const format = block?.kind === 'idList' ? block : { prefix: 'FR', separator: '-', digits: 3, style: 'bold' as const };
      const start = Number(/(\d+)$/.exec(value.items[0]?.id ?? '')?.[1] ?? 1);
      return fc.array(fc.tuple(maybeEmpty(foldedLine(mode), mode), fc.boolean()), count).map((items) => ({
        kind: 'idList',
        blockId,
        items: items.map(([text, checked], k) => (format.style === 'checklist' ? { id: formatId(format, start + k), text, checked } : { id: formatId(format, start + k), text })),
      }));
    }
    case 'scenarios':
      return fc
        .array(fc.tuple(maybeEmpty(oneLine(mode), mode), maybeEmpty(oneLine(mode), mode), maybeEmpty(oneLine(mode), mode)), count)
        .map((items) => ({ kind: 'scenarios', blockId, items: items.map(([given, when, then]) => ({ given, when, then })) }));
    case 'table': {
      const columns = mode === 'exact' ? fc.constant(value.columns) : fc.oneof(fc.constant(value.columns), fc.array(phrase(letterWords, 2), { minLength: 1, maxLength: 4 }));
      return columns.chain((names) =>
        fc.array(fc.array(maybeEmpty(oneLine(mode), mode), { minLength: names.length, maxLength: names.length }), count).map((rows) => ({ kind: 'table' as const, blockId, columns: names, rows })),
      );
    }
    case 'code':
      return fc.tuple(mode === 'exact' ? fc.constant(value.lang) : fc.constantFrom('', 'json', 'python', 'sql', 'text'), codeArb(mode)).map(([lang, code]) => ({ kind: 'code', blockId, lang, code }));
    case 'diagram':
      return codeArb(mode).map((code) => ({ kind: 'diagram', blockId, code }));
    case 'checklist':
      return fc.array(fc.tuple(fc.boolean(), maybeEmpty(oneLine(mode), mode)), count).map((items) => ({ kind: 'checklist', blockId, items: items.map(([checked, text]) => ({ checked, text })) }));
    case 'list': {
      const item = mode === 'exact' ? phrase(inlineWords) : fc.oneof(oneLine(mode), lines(inlineWords, 2));
      return fc.array(maybeEmpty(item, mode), count).map((items) => ({ kind: 'list', blockId, items }));
    }
  }
}

function fieldArb(field: { wrap?: string | undefined } | undefined, mode: Mode): fc.Arbitrary<string> {
  return maybeEmpty(foldedLine(mode, field?.wrap ? wrappedWords : inlineWords), mode);
}

/** Group items added and removed, optional and conditional sections switched off. */
function structureArb(template: TemplateSchema, mode: Mode): fc.Arbitrary<Draft> {
  const base = createDraft(template, { id: 'generated', now });
  const groups = template.groups.map((g) => g.id);
  const switchable = flatten(base.sections).filter((s) => {
    const t = s.templateSectionId === null ? undefined : templateLookup(template).sections.get(s.templateSectionId);
    return t?.requirement === 'conditional' || t?.requirement === 'optional';
  });
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: groups.length, maxLength: groups.length }),
      mode === 'exact' ? fc.constant(groups.map(() => -1)) : fc.array(fc.integer({ min: -1, max: 3 }), { minLength: groups.length, maxLength: groups.length }),
      mode === 'exact' ? fc.constant(switchable.map(() => true)) : fc.array(fc.boolean(), { minLength: switchable.length, maxLength: switchable.length }),
    )
    .map(([adds, removals, enabled]) => {
      let draft = base;
      groups.forEach((groupId, k) => {
        for (let n = 0; n < adds[k]!; n++) draft = addGroupItem(draft, groupId, now).draft;
      });
      groups.forEach((groupId, k) => {
        const group = template.groups.find((g) => g.id === groupId)!;
        const items = flatten(draft.sections).filter((s) => s.templateSectionId !== null && group.itemIds.includes(s.templateSectionId));
        const victim = items[removals[k]!];
        if (victim) draft = removeSection(draft, victim.id).draft;
      });
      const off = new Set(switchable.filter((_, k) => !enabled[k]).map((s) => s.id));
      return { ...draft, sections: mapSections(draft.sections, (s) => (off.has(s.id) ? { ...s, enabled: false } : s)) };
    });
}

/** A random draft of one of `templates`. */
export function arbitraryDraft(templates: TemplateSchema[], mode: Mode): fc.Arbitrary<Draft> {
  return fc
    .constantFrom(...templates)
    .chain((template) => structureArb(template, mode))
    .chain((draft) => fillArb(draft, mode));
}

/** Every value of the draft replaced by a generated one, in one traversal order. */
function fillArb(draft: Draft, mode: Mode): fc.Arbitrary<Draft> {
  const { template } = draft;
  const lookup = templateLookup(template);
  const frontKeys = Object.keys(draft.frontmatter);
  const metaKeys = Object.keys(draft.metadata);
  const title = maybeEmpty(oneLine(mode), mode);
  const sectionArb = (section: DraftSection): fc.Arbitrary<DraftSection> => {
    const t = section.templateSectionId === null ? undefined : lookup.sections.get(section.templateSectionId);
    const editable = t && (t.titlePlaceholders.length > 0 || template.groups.some((g) => g.itemIds.includes(t.id)));
    const titleArb = editable
      ? fc
          .array(mode === 'exact' ? phrase(letterWords, 3) : fc.option(phrase(letterWords, 3)), { minLength: t.titlePlaceholders.length, maxLength: t.titlePlaceholders.length })
          .map((fills) => {
            let text = section.title;
            t.titlePlaceholders.forEach((p, k) => {
              const fill = fills[k];
              if (fill) text = text.replace(p.text, fill);
            });
            return text;
          })
      : fc.constant(section.title);
    const blocks = section.blocks.length === 0 ? fc.constant([] as BlockValue[]) : fc.tuple(...section.blocks.map((v) => valueArb(v, lookup.blocks.get(v.blockId), mode)));
    const children = section.children.length === 0 ? fc.constant([] as DraftSection[]) : fc.tuple(...section.children.map(sectionArb));
    return fc.tuple(titleArb, blocks, children).map(([titleText, values, kids]) => ({ ...section, title: titleText, blocks: values, children: kids }));
  };
  const values = (list: BlockValue[]) => (list.length === 0 ? fc.constant([] as BlockValue[]) : fc.tuple(...list.map((v) => valueArb(v, lookup.blocks.get(v.blockId), mode))));
  return fc
    .record({
      frontmatter: fc.tuple(...frontKeys.map(() => (mode === 'exact' ? fc.string({ minLength: 1, unit: 'grapheme' }) : fc.string({ unit: 'grapheme' })))),
      titleText: template.title ? title : fc.constant(''),
      metadata: fc.tuple(...metaKeys.map((key) => fieldArb(template.metadata.find((f) => f.key === key), mode))),
      preamble: values(draft.preamble),
      sections: draft.sections.length === 0 ? fc.constant([] as DraftSection[]) : fc.tuple(...draft.sections.map(sectionArb)),
      footer: values(draft.footer),
    })
    .map((parts) => ({
      ...draft,
      frontmatter: Object.fromEntries(frontKeys.map((key, k) => [key, parts.frontmatter[k]!])),
      titleText: parts.titleText,
      metadata: Object.fromEntries(metaKeys.map((key, k) => [key, parts.metadata[k]!])),
      preamble: parts.preamble,
      sections: parts.sections,
      footer: parts.footer,
    }));
}

function flatten(sections: DraftSection[]): DraftSection[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

function mapSections(sections: DraftSection[], f: (s: DraftSection) => DraftSection): DraftSection[] {
  return sections.map((s) => f({ ...s, children: mapSections(s.children, f) }));
}
