import type { Completion } from '../draft/draft-completion';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import { blockKind, isRegisteredBlock, isRegisteredValue } from '../blocks/block-kinds';
import type { Block, Field, Placeholder, Section } from '../template/schema';
import { blockTexts } from './block-texts';
import { checkBlockShape } from './check-block-shape';
import { checkClarifications } from './check-clarifications';
import { checkIdDuplicates, type IdOccurrence } from './check-id-duplicates';
import { checkIdSequence } from './check-id-sequence';
import { checkSectionFill } from './check-section-fill';
import { checkText, type TextScope } from './check-text';
import type { Finding } from './finding';
import { FindingList } from './finding-list';
import { withSourceLines } from '../lossless/source-lines';
import { DOCUMENT_SLOTS, documentPlace, type Place } from './place';
import { shown } from './message-text';
import { templateExamples } from '../blocks/template-examples';
import { linkDefinitions } from './link-definitions';
import { reportTemplateName, reportTemplateText, sameWords, TEMPLATE_TEXT_RULE } from './template-text';
import { CRITERIA_TITLE, type Marker, type TextRef } from './text-ref';
import { checkQuality } from '../quality/check-quality';

type Lookup = ReturnType<typeof templateLookup>;

/** What one run gathers on its way through the draft. */
type Run = {
  draft: Draft;
  lookup: Lookup | null;
  list: FindingList;
  markers: Marker[];
  ids: IdOccurrence[];
  nextOrder: number;
  /** Link labels defined anywhere in the draft: `[RFC 3502]` is a link wherever its definition is. */
  definitions: ReadonlySet<string>;
};

const NONE: Completion = { filled: 0, total: 0 };

/**
 * Everything worth telling the user about a draft before it is exported:
 * errors (mandatory sections empty, placeholders left, invalid values,
 * duplicate IDs, ...) and warnings (open questions, gaps in numbering, vague
 * success criteria, ...). Switched-off sections and everything in them are
 * skipped. Pure and linear in the size of the draft; never throws: a part
 * whose stored data is not what it should be becomes a `check-failed` finding
 * and the rest is still checked. EARS patterns are checked where the draft's
 * template asks for them (`ears: true`), or `options.ears` does.
 */
export function validateDraft(draft: Draft, options: { ears?: boolean } = {}): Finding[] {
  const list = new FindingList();
  try {
    runChecks(draft, list);
  } catch {
    list.add(documentPlace(DOCUMENT_SLOTS.whole), 'warning', 'check-failed', 'Part of this draft could not be checked: its saved data is not in the expected shape.');
  }
  const findings = [...list.sorted(), ...checkQuality(draft, { ears: options.ears === true || earsAsked(draft) })];
  try {
    return withSourceLines(findings, draft);
  } catch {
    return findings; // a damaged origin only costs the line numbers
  }
}

/** The template's EARS option, read with care: a damaged draft is still checked. */
function earsAsked(draft: Draft): boolean {
  const template: unknown = typeof draft === 'object' && draft !== null ? (draft as { template?: unknown }).template : undefined;
  return typeof template === 'object' && template !== null && (template as { ears?: unknown }).ears === true;
}

function runChecks(draft: Draft, list: FindingList): void {
  if (typeof draft !== 'object' || draft === null) {
    list.add(documentPlace(DOCUMENT_SLOTS.whole), 'warning', 'check-failed', 'This draft could not be checked: it is not a draft.');
    return;
  }
  const run: Run = { draft, lookup: null, list, markers: [], ids: [], nextOrder: 0, definitions: new Set() };
  guarded(run, documentPlace(DOCUMENT_SLOTS.whole), 'The template copy kept with this draft', () => {
    run.lookup = templateLookup(draft.template);
  });
  guarded(run, documentPlace(DOCUMENT_SLOTS.whole), 'The link definitions', () => {
    run.definitions = linkDefinitions(draft, run.lookup?.blocks.values() ?? []);
  });

  guarded(run, documentPlace(DOCUMENT_SLOTS.title), 'The title', () => checkTitle(run));
  guarded(run, documentPlace(DOCUMENT_SLOTS.frontmatter), 'The frontmatter', () => {
    for (const ref of fieldTexts(draft.frontmatter, draft.template.frontmatter ?? [], (key) => `The frontmatter field "${shown(key, 40)}"`, 'frontmatter')) {
      guarded(run, ref.place, ref.name, () => checkField(run, ref), ref.field);
    }
  });
  guarded(run, documentPlace(DOCUMENT_SLOTS.metadata), 'The fields under the title', () => {
    for (const ref of fieldTexts(draft.metadata, draft.template.metadata ?? [], (key, field) => shown(field?.label ?? key, 40), 'metadata')) {
      guarded(run, ref.place, ref.name, () => checkField(run, ref), ref.field);
    }
  });
  guarded(run, documentPlace(DOCUMENT_SLOTS.whole), 'The part before the first section', () => {
    visitBlocks(run, draft.preamble, (k, value) => documentPlace(k, blockIdOf(value)), null, false);
  });
  guarded(run, documentPlace(DOCUMENT_SLOTS.whole), 'The list of sections', () => {
    for (const section of draft.sections) visitSection(run, section, false);
  });
  guarded(run, documentPlace(DOCUMENT_SLOTS.footer), 'The part after the last section', () => {
    visitBlocks(run, draft.footer, (k, value) => documentPlace(DOCUMENT_SLOTS.footer + k, blockIdOf(value)), null, false);
  });

  guarded(run, documentPlace(DOCUMENT_SLOTS.summary), 'Requirement IDs', () => checkIdDuplicates(run.ids, list));
  guarded(run, documentPlace(DOCUMENT_SLOTS.summary), 'Clarification markers', () => checkClarifications(run.markers, list));
}

function checkTitle(run: Run): void {
  const { draft, list } = run;
  const title = draft.template.title;
  if (!title) return;
  const place = documentPlace(DOCUMENT_SLOTS.title);
  if (title.placeholders.length > 0 && draft.titleText.trim() === '') {
    const reads = title.prefix.trim() ? `: it would read "${title.prefix.trim()}" and nothing more` : '';
    list.add(place, 'error', 'title-empty', `The title is empty${reads}.`, 'title');
    return;
  }
  checkText({ text: draft.titleText, context: 'heading', place, name: 'The title', where: null, field: 'title', criterion: false }, list, run.markers, scope(run, title.placeholders));
}

/** A frontmatter or metadata value: its own checks, and whether it is still the template's instruction. */
function checkField(run: Run, ref: TextRef): void {
  if (checkText(ref, run.list, run.markers, scope(run, ref.fieldDef?.placeholders)).templateText) reportTemplateText([ref], run.list);
}

function scope(run: Run, own: Placeholder[] | undefined, examples?: ReadonlySet<string>): TextScope {
  const texts = new Set((own ?? []).map((p) => p.text));
  return examples ? { own: texts, definitions: run.definitions, examples } : { own: texts, definitions: run.definitions };
}

/** Frontmatter or metadata values: the template's fields in order, then any keys the template does not have. */
function fieldTexts(values: Record<string, string>, fields: Field[], name: (key: string, field?: Field) => string, part: 'frontmatter' | 'metadata'): TextRef[] {
  const place = documentPlace(DOCUMENT_SLOTS[part]);
  const known = new Set(fields.map((f) => f.key));
  const keys = [...fields.map((f) => f.key), ...Object.keys(values).filter((k) => !known.has(k))];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  return keys.map((key) => {
    const field = byKey.get(key);
    const ref: TextRef = { text: Object.hasOwn(values, key) ? values[key]! : '', context: 'text', place, name: name(key, field), where: null, field: key, criterion: CRITERIA_TITLE.test(field?.label ?? key), documentField: part };
    if (field) ref.fieldDef = field;
    return ref;
  });
}

/**
 * A template section the imported file does not have is not checked (it is
 * not written); a mandatory one is counted, so the user can add it.
 */
function checkAbsentSection(section: DraftSection, run: Run): void {
  const template = section.templateSectionId === null ? undefined : run.lookup?.sections.get(section.templateSectionId);
  if (template?.requirement !== 'mandatory' || template.condition) return;
  const place: Place = { sectionId: section.id, order: run.nextOrder++, slot: -1 };
  const name = shown(displayTitle(section.title) || template.title, 80);
  run.list.add(place, 'warning', 'not-in-document', `"${name}" is mandatory in the template, but the imported file does not have it: add it, or leave it out on purpose.`);
}

/** Checks a switched-on section and its switched-on subsections; returns how much of it is filled. */
function visitSection(run: Run, section: DraftSection, inCriteria: boolean): Completion {
  if (section?.enabled === false) return NONE;
  if (section?.absent === true) {
    checkAbsentSection(section, run);
    return NONE;
  }
  const order = run.nextOrder++;
  const sectionId = typeof section?.id === 'string' ? section.id : null;
  const heading: Place = { sectionId, order, slot: -1 };
  let template: Section | undefined;
  let name = sectionId ?? 'A section';
  let criteria = inCriteria;

  const ok = guarded(run, heading, `The section "${name}"`, () => {
    template = section.templateSectionId === null ? undefined : run.lookup?.sections.get(section.templateSectionId);
    name = shown(displayTitle(section.title) || template?.title || name, 80);
    criteria = inCriteria || CRITERIA_TITLE.test(section.title) || CRITERIA_TITLE.test(template?.title ?? '');
    const title = checkText({ text: section.title, context: 'heading', place: heading, name: `The heading "${name}"`, where: null, field: 'title', criterion: false }, run.list, run.markers, scope(run, template?.titlePlaceholders));
    if (title.filled && template?.renamable && sameWords(section.title) === sameWords(template.title)) reportTemplateName(heading, section.title, run.list);
  });
  if (!ok) return NONE;

  let total = NONE;
  guarded(run, heading, `The section "${name}"`, () => {
    const own = visitBlocks(run, section.blocks, (k, value) => ({ sectionId, order, slot: k, blockId: blockIdOf(value) }), name, criteria);
    total = own ?? NONE;
    for (const child of section.children) total = sum(total, visitSection(run, child, criteria));
    // A block that could not be read (reported as check-failed) leaves emptiness unknown: better silent than wrong.
    if (own) checkSectionFill(section, template, total, heading, name, run.list);
  });
  return total;
}

/**
 * The blocks of one section (or of the preamble or footer): their texts
 * first, which also tells how much is filled, then their structure, which for
 * scenarios depends on whether anything else is filled. Null when a block
 * could not be read.
 */
function visitBlocks(run: Run, values: BlockValue[], placeOf: (k: number, value: BlockValue) => Place, sectionName: string | null, criteria: boolean): Completion | null {
  const what = sectionName ? `A part of "${sectionName}"` : 'A part of the document';
  let own: Completion | null = NONE;
  const read: boolean[] = values.map((value, k) =>
    guarded(run, placeOf(k, value), what, () => {
      const fill = scanBlock(run, value, placeOf(k, value), sectionName, criteria);
      if (own) own = sum(own, fill);
    }),
  );
  if (read.includes(false)) own = null;
  const hasContent = (own?.filled ?? 0) > 0;
  values.forEach((value, k) => {
    if (!read[k]) return;
    const place = placeOf(k, value);
    guarded(run, place, what, () => checkBlockShape(value, run.lookup?.blocks.get(value.blockId), place, sectionName, hasContent, run.list));
  });
  return own;
}

/** Text checks of one block; collects its IDs and clarification markers. */
function scanBlock(run: Run, value: BlockValue, place: Place, sectionName: string | null, criteria: boolean): Completion {
  const block = run.lookup?.blocks.get(value.blockId);
  const within = scope(run, ownPlaceholders(block), templateExamples(block));
  let filled = 0;
  let total = 0;
  let written = 0;
  const template: TextRef[] = [];
  for (const ref of blockTexts(value, block, place, sectionName, criteria)) {
    total++;
    if (ref.text.trim() !== '') written++;
    const check = checkText(ref, run.list, run.markers, within);
    if (check.filled) filled++;
    if (check.templateText) template.push(ref);
  }
  const rule = isRegisteredValue(value) ? TEMPLATE_TEXT_RULE[value.kind] : 'never';
  if (rule === 'each' || (rule === 'whole' && template.length === written)) reportTemplateText(template, run.list);
  if (value.kind === 'idList') {
    checkIdSequence(value, block, place, sectionName, run.list);
    for (const item of value.items) run.ids.push({ id: String(item.id), place, sectionName });
  }
  return { filled, total };
}

/** Runs one check; an exception becomes a finding for that part, and the run goes on. */
function guarded(run: Run, place: Place, what: string, check: () => void, field?: string): boolean {
  try {
    check();
    return true;
  } catch {
    run.list.add(place, 'warning', 'check-failed', `${what} could not be checked: its saved data is not in the expected shape.`, field);
    return false;
  }
}

function ownPlaceholders(block: Block | undefined): Placeholder[] {
  return block && isRegisteredBlock(block) ? blockKind(block.kind).placeholders(block) : [];
}

function blockIdOf(value: BlockValue): string | undefined {
  return typeof value?.blockId === 'string' ? value.blockId : undefined;
}

/** A heading as a message shows it: code-span backticks dropped. */
function displayTitle(title: unknown): string {
  return typeof title === 'string' ? title.replace(/`/g, '').trim() : '';
}

function sum(a: Completion, b: Completion): Completion {
  return { filled: a.filled + b.filled, total: a.total + b.total };
}
