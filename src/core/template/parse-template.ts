import { buildBlocks } from './build-blocks';
import { contentHash } from './content-hash';
import { detectRepeatGroups } from './detect-repeat-groups';
import { findPlaceholders } from './find-placeholders';
import { flattenSections } from './flatten-sections';
import { takeOptionalComments } from './optional-comments';
import { parseFrontmatter } from './parse-frontmatter';
import { parseHeadingFlags } from './parse-heading-flags';
import { scanBlocks, splitLines, type Token } from './scan-blocks';
import {
  TEMPLATE_KIND,
  TEMPLATE_SCHEMA_VERSION,
  type Block,
  type Field,
  type ParseResult,
  type Problem,
  type Section,
  type TemplateSchema,
  type TitleLine,
} from './schema';
import { slugify, uniqueSlugger } from './slugify';

/** Larger than any real template by far; a bigger file is refused before it is read. */
export const MAX_TEMPLATE_CHARS = 1_000_000;

export type ParseOptions = {
  /** Stable id, e.g. the file name without `.md`. */
  id: string;
  /** Used when the template names itself nowhere. */
  fallbackName?: string;
};

/**
 * Markdown template text -> TemplateSchema. Pure and total: any input gives a
 * schema, and what is wrong with the input is reported as located problems.
 */
export function parseTemplate(source: string, options: ParseOptions): ParseResult {
  const problems: Problem[] = [];
  const name = options.fallbackName ?? options.id;
  if (source.length > MAX_TEMPLATE_CHARS) {
    const size = (source.length / 1_000_000).toFixed(1);
    problems.push({ severity: 'error', code: 'too-large', message: `The template is ${size} million characters; templates are limited to 1 million.`, line: 1 });
    return { template: emptyTemplate(options.id, name, source), problems };
  }
  const nul = source.indexOf('\u0000');
  if (nul >= 0) {
    const line = source.slice(0, nul).split(/\r\n|\r|\n/).length;
    problems.push({ severity: 'error', code: 'not-text', message: `This is not a text file: it holds a NUL byte on line ${line}.`, line });
    return { template: emptyTemplate(options.id, name, source), problems };
  }

  const lines = splitLines(source);
  const frontmatter = parseFrontmatter(lines, problems);
  const bodyStart = frontmatter?.bodyStart ?? 0;
  let tokens = scanBlocks(lines.slice(bodyStart), bodyStart + 1);
  reportUnclosed(tokens, problems);

  const info = readTemplateInfo(tokens, problems);
  if (info) tokens = tokens.filter((t) => t !== info.token);

  const headings = tokens.filter((t): t is Extract<Token, { type: 'heading' }> => t.type === 'heading');
  const firstHeading = headings[0];
  const titleToken = firstHeading && firstHeading.level === 1 && headings.filter((h) => h.level === 1).length === 1 ? firstHeading : undefined;
  const title: TitleLine | null = titleToken ? titleLine(titleToken.text, titleToken.line) : null;

  const marked = takeOptionalComments(titleToken ? tokens.filter((t) => t !== titleToken) : tokens);
  const bodyTokens = marked.tokens;
  const firstSection = bodyTokens.findIndex((t) => t.type === 'heading');
  const preambleTokens = firstSection < 0 ? bodyTokens : bodyTokens.slice(0, firstSection);
  // Section ids are slugs; an `@` keeps these block ids apart from any of them.
  const preamble = buildBlocks(preambleTokens, { idPrefix: '@preamble#', plainLabels: true });
  const metadata: Field[] = [];
  const preambleBlocks: Block[] = [];
  for (const block of preamble.blocks) {
    if (block.kind === 'fields' && !block.label) metadata.push(...block.fields);
    else preambleBlocks.push(block);
  }

  const hints = new Map<string, string[]>();
  const sections = firstSection < 0 ? [] : buildSections(bodyTokens.slice(firstSection), hints, problems, marked.optional);
  const footer = takeFooter(sections);
  const groups = detectRepeatGroups(sections, hints);
  keepUnclaimedHints(sections, hints, groups);

  if (sections.length === 0) {
    problems.push({
      severity: 'error',
      code: 'no-headings',
      message: 'No section headings found: a template needs at least one heading (such as `## Summary`) to make sections from.',
      line: 1,
    });
  }

  const template: TemplateSchema = {
    kind: TEMPLATE_KIND,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: options.id,
    name: info?.name || (title ? titleName(title) : '') || name,
    description: info?.description ?? '',
    sourceHash: contentHash(source),
    frontmatter: frontmatter?.fields ?? null,
    title,
    metadata,
    preamble: preambleBlocks,
    sections,
    footer,
    groups,
    ...(info?.ears ? { ears: true } : {}),
  };
  return { template, problems };
}

/** `optional`: headings an optional-section comment stands right before (see takeOptionalComments). */
function buildSections(tokens: Token[], hints: Map<string, string[]>, problems: Problem[], optional: ReadonlySet<Token>): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const slug = uniqueSlugger();
  let body: Token[] = [];
  let current: Section | undefined;

  const finish = () => {
    if (!current) return;
    const built = buildBlocks(body, { idPrefix: `${current.id}#` });
    current.blocks = built.blocks;
    current.guidance = built.guidance;
    if (built.addHints.length > 0) hints.set(current.id, built.addHints);
    body = [];
  };

  for (const token of tokens) {
    if (token.type !== 'heading') {
      body.push(token);
      continue;
    }
    finish();
    if (token.text === '') problems.push({ severity: 'warning', code: 'empty-heading', message: `The heading on line ${token.line} has no text.`, line: token.line });
    while (stack.length > 0 && stack[stack.length - 1]!.level >= token.level) stack.pop();
    const parent = stack[stack.length - 1];
    const flags = parseHeadingFlags(token.text);
    const section: Section = {
      id: slug(parent ? `${parent.id}/${slugify(flags.title)}` : slugify(flags.title)),
      level: token.level,
      heading: token.text,
      title: flags.title,
      titlePlaceholders: findPlaceholders(flags.title, 'heading'),
      // A flag in the heading says more than a comment before it.
      requirement: flags.requirement === 'none' && optional.has(token) ? 'optional' : flags.requirement,
      guidance: [],
      blocks: [],
      children: [],
      line: token.line,
    };
    if (flags.condition) section.condition = flags.condition;
    if (section.titlePlaceholders.length === 0 && hasSampleCode(flags.title)) section.renamable = true;
    (parent ? parent.children : roots).push(section);
    stack.push(section);
    current = section;
  }
  finish();
  return roots;
}

/** A code span with no bracket in it (`tool_name`, not `[ID] [P?]`): in a heading, a sample name. Linear: spans cannot nest. */
function hasSampleCode(title: string): boolean {
  return /`[^`[\]]+`/.test(title);
}

/** A hint no group took still tells the user something: keep it as guidance. */
function keepUnclaimedHints(sections: Section[], hints: Map<string, string[]>, groups: TemplateSchema['groups']): void {
  const taken = new Set(groups.map((g) => g.addHint));
  for (const section of flattenSections(sections)) {
    section.guidance.push(...(hints.get(section.id) ?? []).filter((h) => !taken.has(h)).map((h) => h.slice(1, -1)));
  }
}

/**
 * A `---` near the end followed only by field lines closes the document
 * (`**Spec Status:** ... **Last Updated:** ...`): those fields are the
 * document's, so they leave the last section.
 */
function takeFooter(sections: Section[]): Block[] {
  const last = flattenSections(sections).at(-1);
  if (!last) return [];
  const rule = last.blocks.map((b) => b.kind).lastIndexOf('rule');
  const after = last.blocks.slice(rule + 1);
  if (rule < 0 || after.length === 0 || after.some((b) => b.kind !== 'fields')) return [];
  return last.blocks.splice(rule).map((block, k) => ({ ...block, id: `@footer#${k}` }));
}

function titleLine(text: string, line: number): TitleLine {
  const placeholders = findPlaceholders(text, 'heading');
  const first = placeholders[0];
  const prefix = first ? text.slice(0, text.indexOf(first.text)) : text;
  return { heading: text, prefix, placeholders, line };
}

/** `Feature Specification: [FEATURE NAME]` -> `Feature Specification`. */
function titleName(title: TitleLine): string {
  let end = title.prefix.length;
  while (end > 0 && /[\s:–—-]/.test(title.prefix[end - 1]!)) end--;
  return title.prefix.slice(0, end).trim();
}

type TemplateInfo = { token: Token; name?: string; description?: string; ears?: boolean };

/**
 * The `<!-- specwright-template ... -->` comment: `name:`, `description:`,
 * and the template's check options (`ears: true` checks requirements against
 * the EARS patterns). An option with a value it cannot take is a warning.
 */
function readTemplateInfo(tokens: Token[], problems: Problem[]): TemplateInfo | undefined {
  const token = tokens.find((t) => t.type === 'comment' && /^\s*specwright-template\b/.test(t.text));
  if (!token || token.type !== 'comment') return undefined;
  const info: TemplateInfo = { token };
  token.text.split('\n').forEach((line, k) => {
    const pair = /^\s*(name|description|ears)\s*:\s*(.+)$/.exec(line);
    if (pair?.[1] === 'name') info.name = pair[2]!.trim();
    if (pair?.[1] === 'description') info.description = pair[2]!.trim();
    if (pair?.[1] === 'ears') {
      const value = pair[2]!.trim().toLowerCase();
      if (value === 'true' || value === 'false') info.ears = value === 'true';
      else problems.push({ severity: 'warning', code: 'template-option-invalid', message: `"ears: ${pair[2]!.trim()}" is not an option value: write "ears: true" to check requirements against the EARS patterns, or "ears: false".`, line: token.line + k });
    }
  });
  return info;
}

function reportUnclosed(tokens: Token[], problems: Problem[]): void {
  for (const token of tokens) {
    if (token.type === 'code' && !token.closed) {
      problems.push({
        severity: 'error',
        code: 'code-fence-unclosed',
        message: `The code block opened with ${token.fence} on line ${token.line} is never closed, so everything after it reads as code.`,
        line: token.line,
      });
    }
    if (token.type === 'comment' && !token.closed) {
      problems.push({
        severity: 'error',
        code: 'comment-unclosed',
        message: `The HTML comment opened on line ${token.line} is never closed with \`-->\`, so everything after it is hidden.`,
        line: token.line,
      });
    }
  }
}

function emptyTemplate(id: string, name: string, source: string): TemplateSchema {
  return {
    kind: TEMPLATE_KIND,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id,
    name,
    description: '',
    sourceHash: contentHash(source),
    frontmatter: null,
    title: null,
    metadata: [],
    preamble: [],
    sections: [],
    footer: [],
    groups: [],
  };
}
