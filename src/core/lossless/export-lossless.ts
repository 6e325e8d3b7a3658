import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { renderFields } from '../blocks/fields/render-fields';
import { escapeClosingHashes, exportHeading } from '../markdown/heading-flag';
import { oneLineText } from '../markdown/one-line-text';
import { renderBlock } from '../markdown/render-block';
import { frontmatterLine, renderContext, renderSection, titleLine, type RenderContext } from '../markdown/render-draft';
import { ownValue } from '../payload/own-value';
import type { Field } from '../template/schema';
import { draftParts, headingValue } from './draft-parts';
import { LineWriter } from './line-writer';
import { mergeMarkdown } from './merge-markdown';
import type { Origin, OriginPart } from './origin';
import { partKey, type PartRef } from './part-key';
import { stableJson } from './stable-json';

/**
 * An imported draft as Markdown: the file it was read from, with only the
 * parts the user changed written anew. A part whose value is still its
 * baseline is written as the lines it was read from, byte for byte; a
 * changed one is patched in place where it can be (a field's value, a
 * heading's text) or merged block by block (mergeMarkdown); a part the file
 * did not have is added with blank lines around it; a removed one leaves
 * out its lines. Text between parts (comments, link definitions, a table of
 * contents, blank lines) is copied as it is. Pure and linear in the file.
 */
export function exportLossless(draft: Draft, origin: Origin): string {
  const lines = origin.source.split('\n');
  const parts = new Map(origin.parts.map((p) => [p.key, p]));
  const present = new Set(draftParts(draft).map((p) => p.key));
  const dead = new Uint8Array(lines.length);
  for (const part of origin.parts) if (part.span && !present.has(part.key)) dead.fill(1, part.span[0], part.span[1]);
  const context: Context = { draft, lines, parts, render: renderContext(draft) };
  const writer = new LineWriter(lines, dead);
  emit(writer, documentNodes(context), 0, lines.length);
  const text = writer.text();
  return (origin.bom ? '\uFEFF' : '') + (origin.eol === '\n' ? text : text.replaceAll('\n', '\r\n'));
}

type Context = { draft: Draft; lines: string[]; parts: Map<string, OriginPart>; render: RenderContext };

/** A part of the draft as export sees it. */
type Node = {
  span: [number, number] | null;
  /** Not written: a switched-off section, or a template section the imported file lacks. */
  skip?: boolean;
  changed?: boolean;
  /** A changed part's new text in place of its source text. */
  patch?: (source: string) => string;
  /** The part as new text, for a part the file did not have. */
  render?: () => string | null;
  children?: Node[];
  /** Where the children's lines are, inside `span` (the frontmatter's, between its `---` lines). */
  inner?: [number, number];
  /** New children are written without blank lines between them. */
  tight?: boolean;
};

function emit(writer: LineWriter, nodes: Node[], from: number, to: number, tight = false): void {
  let at = from;
  for (const node of nodes) {
    if (node.span && node.span[0] >= at) {
      writer.copy(at, node.span[0]);
      at = node.span[1];
      if (node.skip) continue;
      if (node.children) {
        const [innerFrom, innerTo] = node.inner ?? node.span;
        writer.copy(node.span[0], innerFrom);
        emit(writer, node.children, innerFrom, innerTo, node.tight);
        writer.copy(innerTo, node.span[1]);
      } else if (node.changed && node.patch) {
        writer.write(node.patch(writer.sourceText(node.span[0], node.span[1])));
      } else {
        writer.copy(node.span[0], node.span[1]);
      }
      continue;
    }
    if (node.skip) continue;
    // Lines that an earlier part already wrote (parts read from one paragraph): written once, unless changed.
    if (node.span && !node.changed && !node.children) continue;
    const text = node.render?.();
    if (text) writer.insert(text, tight);
  }
  writer.copy(at, to);
}

function part(context: Context, ref: PartRef): { span: [number, number] | null; changed: (value: unknown) => boolean; baseline: () => unknown } {
  const found = context.parts.get(partKey(ref));
  return {
    span: found?.span ?? null,
    // Read only for a part that changed.
    baseline: () => (found ? (JSON.parse(found.baseline) as unknown) : undefined),
    // A part added after import has no baseline: it is new, so changed.
    changed: (value) => found === undefined || stableJson(value) !== found.baseline,
  };
}

function documentNodes(context: Context): Node[] {
  const { draft } = context;
  return [
    frontmatterNode(context),
    titleNode(context),
    ...preambleNodes(context),
    ...draft.sections.map((section) => sectionNode(section, context, topLevel(context))),
    ...draft.footer.map((value) => valueNode(value, { kind: 'value', place: 'footer', owner: null, blockId: value.blockId }, 0, context)),
  ];
}

function frontmatterNode(context: Context): Node {
  const { draft } = context;
  const whole = part(context, { kind: 'frontmatter' });
  const keys = Object.keys(draft.frontmatter);
  const nodes = keys.map((key): Node => {
    const value = ownValue(draft.frontmatter, key) ?? '';
    const at = part(context, { kind: 'frontmatter-key', key });
    return { span: at.span, changed: at.changed(value), patch: () => frontmatterLine(key, value), render: () => (value === '' ? null : frontmatterLine(key, value)) };
  });
  if (!whole.span) {
    return {
      span: null,
      render: () => {
        const filled = keys.filter((key) => (ownValue(draft.frontmatter, key) ?? '') !== '');
        return filled.length === 0 ? null : ['---', ...filled.map((key) => frontmatterLine(key, ownValue(draft.frontmatter, key)!)), '---'].join('\n');
      },
    };
  }
  const [from, to] = whole.span;
  return { span: whole.span, children: nodes, inner: [from + 1, Math.max(from + 1, to - 1)], tight: true };
}

function titleNode(context: Context): Node {
  const { draft } = context;
  const at = part(context, { kind: 'title' });
  const text = escapeClosingHashes(oneLineText(draft.titleText));
  return {
    span: at.span,
    changed: at.changed(draft.titleText),
    patch: (source) => replaceText(source, escapeClosingHashes(String(at.baseline() ?? '')), text) ?? titleLine(draft),
    render: () => (draft.titleText.trim() === '' ? null : titleLine(draft)),
  };
}

/** Metadata fields and preamble values in the file's order; fields read from one line or paragraph are one node. */
function preambleNodes(context: Context): Node[] {
  const { draft } = context;
  const groups = new Map<string, { span: [number, number] | null; fields: Field[] }>();
  for (const field of draft.template.metadata) {
    const at = part(context, { kind: 'metadata', key: field.key });
    const id = at.span ? at.span.join(':') : `new:${field.key}`;
    const group = groups.get(id) ?? { span: at.span, fields: [] };
    group.fields.push(field);
    groups.set(id, group);
  }
  const metadata = [...groups.values()].map(({ span, fields }): Node => {
    const changes = fields.flatMap((field) => {
      const value = ownValue(draft.metadata, field.key) ?? '';
      const at = part(context, { kind: 'metadata', key: field.key });
      return at.changed(value) ? [{ before: String(at.baseline() ?? ''), after: oneLineText(value) }] : [];
    });
    const render = () => renderFields(fields, draft.metadata, fields[0]?.plainLabel ? 'list' : 'lines')?.text ?? null;
    return { span, changed: changes.length > 0, patch: (source) => replaceAll(source, changes) ?? render() ?? '', render };
  });
  const values = draft.preamble.map((value) => valueNode(value, { kind: 'value', place: 'preamble', owner: null, blockId: value.blockId }, 0, context));
  const placed = [...metadata, ...values].filter((n) => n.span).sort((a, b) => a.span![0] - b.span![0]);
  return [...placed, ...metadata.filter((n) => !n.span), ...values.filter((n) => !n.span)];
}

function sectionNode(section: DraftSection, context: Context, level: number): Node {
  const at = part(context, { kind: 'section', sectionId: section.id });
  const skip = !section.enabled || section.absent === true;
  if (!at.span) return { span: null, skip, render: () => renderSection(releveled(section, level), context.render) };
  const heading = part(context, { kind: 'heading', sectionId: section.id });
  const template = section.templateSectionId === null ? undefined : context.render.lookup.sections.get(section.templateSectionId);
  const headingNode: Node = {
    span: heading.span,
    changed: heading.changed(headingValue(section)),
    patch: (source) => {
      const baseline = heading.baseline() as { title?: string; level?: number } | undefined;
      const title = escapeClosingHashes(oneLineText(section.title));
      const replaced = baseline?.level === section.level ? replaceText(source, escapeClosingHashes(baseline.title ?? ''), title) : null;
      return replaced ?? `${'#'.repeat(section.level)} ${escapeClosingHashes(exportHeading(section.title, template))}`;
    },
  };
  return {
    span: at.span,
    skip,
    children: [
      headingNode,
      ...section.blocks.map((value) => valueNode(value, { kind: 'value', place: 'section', owner: section.id, blockId: value.blockId }, section.level, context)),
      ...section.children.map((child) => sectionNode(child, context, Math.min(6, section.level + 1))),
    ],
  };
}

function valueNode(value: BlockValue, ref: PartRef, sectionLevel: number, context: Context): Node {
  const at = part(context, ref);
  const render = () => renderBlock(value, context.render.lookup.blocks.get(value.blockId), { colonInside: context.render.colonInside, sectionLevel })?.text ?? null;
  return {
    span: at.span,
    changed: at.changed(value),
    patch: (source) => {
      const patched = value.kind === 'fields' ? patchFields(source, at.baseline() as BlockValue | undefined, value) : null;
      if (patched !== null) return patched;
      const rendered = render();
      return rendered === null ? '' : mergeMarkdown(source, rendered);
    },
    render,
  };
}

/** A fields block with some values changed: each value replaced where the file wrote it, or null when one cannot be found. */
function patchFields(source: string, baseline: BlockValue | undefined, value: BlockValue & { kind: 'fields' }): string | null {
  if (baseline?.kind !== 'fields') return null;
  const changes = Object.keys(value.values).flatMap((key) => {
    const before = ownValue(baseline.values, key);
    const after = ownValue(value.values, key) ?? '';
    return before === after ? [] : [{ before: before ?? '', after: oneLineText(after) }];
  });
  return replaceAll(source, changes);
}

function replaceAll(source: string, changes: { before: string; after: string }[]): string | null {
  let text: string | null = source;
  for (const { before, after } of changes) {
    text = replaceText(text, before, after);
    if (text === null) return null;
  }
  return text;
}

/** `before`'s last occurrence in `source` replaced by `after`; null when `before` is empty or not there. */
function replaceText(source: string, before: string, after: string): string | null {
  if (before === '') return null;
  const at = source.lastIndexOf(before);
  return at < 0 ? null : source.slice(0, at) + after + source.slice(at + before.length);
}

/** The level a new top-level section takes: that of the file's first section. */
function topLevel(context: Context): number {
  const first = context.draft.sections.find((s) => part(context, { kind: 'section', sectionId: s.id }).span);
  return first?.level ?? context.draft.sections[0]?.level ?? 2;
}

/** A section (and its subtree) moved to `level`, as a new part of a file with its own heading levels. */
function releveled(section: DraftSection, level: number): DraftSection {
  const shift = level - section.level;
  if (shift === 0) return section;
  const move = (s: DraftSection): DraftSection => ({ ...s, level: Math.min(6, Math.max(1, s.level + shift)), children: s.children.map(move) });
  return move(section);
}
