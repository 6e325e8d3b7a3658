import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenSections } from './flatten-sections';
import { MAX_TEMPLATE_CHARS, parseTemplate } from './parse-template';
import { TemplateSchema, type ParseResult, type Problem } from './schema';
import { hasReferenceTemplates, referenceTemplatesDir } from '../__fixtures__/reference-templates-dir';

// Bad input never crashes or hangs: it gives a valid schema, and what is wrong
// is a located problem. No test measures time; the hang guard is vitest's
// per-test timeout (20 s for the big inputs, 500 ms for the known ReDoS cases
// at the end, which take seconds today and milliseconds once linear).

const parse = (source: string): ParseResult => parseTemplate(source, { id: 'bad', fallbackName: 'Bad template' });

/** Lines as an editor counts them: LF, CRLF and lone CR all end a line; a leading BOM is not text. */
const lineCount = (source: string) => source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;

const codes = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.code} @${p.line}`);

/** Ids a draft points at: every section, and every block in the preamble, the sections and the footer. */
function ids(result: ParseResult) {
  const all = flattenSections(result.template.sections);
  const blocks = [...result.template.preamble, ...all.flatMap((s) => s.blocks), ...result.template.footer];
  return { sections: all.map((s) => s.id), blocks: blocks.map((b) => b.id) };
}

/** What every parse must satisfy, whatever the input. */
function expectSound(source: string, result: ParseResult): void {
  const { template, problems } = result;
  const checked = TemplateSchema.safeParse(template);
  expect(checked.success, checked.error?.message).toBe(true);
  expect(template.name.length).toBeGreaterThan(0);
  const lines = lineCount(source);
  for (const problem of problems) {
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines, `${problem.code} on line ${problem.line} of ${lines}`).toBe(true);
    expect(problem.message.length).toBeGreaterThan(10);
  }
  const all = flattenSections(template.sections);
  for (const section of all) {
    expect(section.line >= 1 && section.line <= lines, `section ${section.id} on line ${section.line} of ${lines}`).toBe(true);
    for (const block of section.blocks) expect(block.line >= 1 && block.line <= lines, `block ${block.id} on line ${block.line} of ${lines}`).toBe(true);
  }
  const sectionIds = new Set(all.map((s) => s.id));
  for (const group of template.groups) {
    expect(group.itemIds.every((id) => sectionIds.has(id))).toBe(true);
    expect(group.itemIds).toContain(group.prototypeId);
    expect(group.parentId === null || sectionIds.has(group.parentId)).toBe(true);
  }
}

const withoutHash = (result: ParseResult) => ({ ...result, template: { ...result.template, sourceHash: '' } });

const refDir = referenceTemplatesDir;
// Read only when they are beside the checkout (reference-templates-dir.ts says when not).
const REFERENCE_FILES = !hasReferenceTemplates ? [] : ['speckit-spec-template.md', 'speckit-plan-template.md', 'speckit-tasks-template.md', 'rust-rfc-template.md'];

describe('broken structure gives a located error and still parses the rest', () => {
  it('unclosed frontmatter: error on line 1, and the sections after it are read', () => {
    const source = '---\ntitle: Spec\nstatus: draft\n\n# Spec: [NAME]\n\n## Summary\n\nText.\n\n## Risks\n\n- [Risk 1]\n';
    const result = parse(source);
    expect(codes(result.problems)).toEqual(['error frontmatter-unclosed @1']);
    expect(result.problems[0]!.message).toMatch(/line 1/);
    expect(result.template.frontmatter).toBeNull();
    expect(result.template.title).toMatchObject({ prefix: 'Spec: ', placeholders: [{ text: '[NAME]' }], line: 5 });
    expect(result.template.sections.map((s) => [s.title, s.line])).toEqual([
      ['Summary', 7],
      ['Risks', 11],
    ]);
    expect(result.template.sections[1]!.blocks).toMatchObject([{ kind: 'list', items: ['[Risk 1]'] }]);
    expectSound(source, result);
  });

  it('unclosed code fence: error at the fence line; what follows reads as code, as in any Markdown viewer', () => {
    const source = '## Setup\n\nRun this:\n\n```bash\nnpm install\n\n## Later\n\nMore text.\n';
    const result = parse(source);
    expect(codes(result.problems)).toEqual(['error code-fence-unclosed @5']);
    expect(result.problems[0]!.message).toMatch(/line 5/);
    expect(result.template.sections.map((s) => s.title)).toEqual(['Setup']);
    expect(result.template.sections[0]!.blocks[1]).toEqual({
      kind: 'code',
      id: 'setup#1',
      line: 5,
      lang: 'bash',
      code: 'npm install\n\n## Later\n\nMore text.\n',
      placeholders: [],
    });
    expectSound(source, result);
  });

  it('an unclosed tilde fence is not closed by backticks', () => {
    const source = '## A\n\n~~~\nnot closed by backticks\n```\n';
    expect(codes(parse(source).problems)).toEqual(['error code-fence-unclosed @3']);
    expectSound(source, parse(source));
  });

  it('unclosed HTML comment: error at the comment line', () => {
    const source = '## Summary\n\nText.\n\n<!-- guidance that never ends\n\n## Hidden\n\nAlso hidden.';
    const result = parse(source);
    expect(codes(result.problems)).toEqual(['error comment-unclosed @5']);
    expect(result.problems[0]!.message).toMatch(/line 5/);
    expect(result.template.sections.map((s) => s.title)).toEqual(['Summary']);
    expectSound(source, result);
  });

  it('a one-line comment that closes on its own line is not unclosed, even with `-->` before `<!--`', () => {
    const source = '## A\n\n<!-- fine -->\n\n<!-- starts here --> and <!-- again\n-->\n';
    const result = parse(source);
    expect(result.problems).toEqual([]);
    expectSound(source, result);
  });

  it('no headings at all: a no-headings error, and the text kept as preamble', () => {
    const source = 'Just some notes.\n\n- one\n- two\n';
    const result = parse(source);
    expect(codes(result.problems)).toEqual(['error no-headings @1']);
    expect(result.template.sections).toEqual([]);
    expect(result.template.preamble.map((b) => b.kind)).toEqual(['prose', 'list']);
    expectSound(source, result);
  });

  it('only a title heading: no sections to make, so no-headings', () => {
    const result = parse('# Title only\n\ntext\n');
    expect(codes(result.problems)).toEqual(['error no-headings @1']);
    expect(result.template.title?.heading).toBe('Title only');
  });

  it.each([
    ['empty string', ''],
    ['whitespace only', '  \n\t\n   \r\n\n'],
    ['a lone BOM', '\uFEFF'],
    ['newlines only', '\n'.repeat(1000)],
  ])('%s: a no-headings error and an empty, valid schema', (_name, source) => {
    const result = parse(source);
    expect(codes(result.problems)).toEqual(['error no-headings @1']);
    expect(result.template).toMatchObject({ name: 'Bad template', title: null, metadata: [], preamble: [], sections: [], footer: [], groups: [] });
    expectSound(source, result);
  });
});

describe('files that are not templates', () => {
  it('a 5 MB file: too-large on line 1, refused before it is read', () => {
    const source = '## Section\n\n' + 'All work and no play. '.repeat(230_000);
    expect(source.length).toBeGreaterThan(5_000_000);
    const result = parse(source);
    expect(codes(result.problems)).toEqual(['error too-large @1']);
    expect(result.problems[0]!.message).toMatch(/5\.1 million characters/);
    expect(result.template.sections).toEqual([]);
    expectSound(source, result);
  });

  it('the size limit is inclusive: exactly MAX_TEMPLATE_CHARS parses, one more is too large', () => {
    const head = '## Section\n\n';
    const atLimit = head + 'x'.repeat(MAX_TEMPLATE_CHARS - head.length);
    expect(atLimit).toHaveLength(MAX_TEMPLATE_CHARS);
    expect(parse(atLimit).problems).toEqual([]);
    expect(parse(atLimit).template.sections).toHaveLength(1);
    expect(codes(parse(`${atLimit}x`).problems)).toEqual(['error too-large @1']);
  });

  it.each([
    ['line 1', '\u0000## A', 1],
    ['line 4', '## A\n\ntext\nbinary \u0000 here\n', 4],
    ['line 3 with CRLF endings', '## A\r\n\r\n\u0000\r\n', 3],
  ])('a NUL byte on %s: not-text, located', (_name, source, line) => {
    const result = parse(source);
    expect(codes(result.problems)).toEqual([`error not-text @${line}`]);
    expect(result.problems[0]!.message).toContain(`line ${line}`);
    expect(result.template.sections).toEqual([]);
    expectSound(source, result);
  });

  it('bytes of a binary file read as Latin-1 (no NUL): a schema, no crash', () => {
    let source = '';
    for (let k = 1; k < 256; k++) source += String.fromCharCode(k);
    const result = parse(source.repeat(40));
    expectSound(source.repeat(40), result);
  });
});

describe('a large valid template', () => {
  it('parses 900 KB of repeated sections, every one of them, with unique ids', () => {
    const body = [
      '## Requirement',
      '',
      '**Owner**: [name] | **Due**: YYYY-MM-DD',
      '',
      '- **FR-001**: System MUST [specific capability]',
      '- **FR-002**: Users MUST be able to [key interaction]',
      '',
      'A paragraph that explains the requirement in plain words, long enough to look like real prose.',
      '',
      '### Details',
      '',
      '| Field | Value |',
      '|-------|-------|',
      '| a | [b] |',
      '',
      '<!-- guidance for the details -->',
      '',
      '',
    ].join('\n');
    const count = Math.floor(900_000 / body.length);
    const source = `# Big: [NAME]\n\n${body.repeat(count)}`;
    expect(source.length).toBeGreaterThan(850_000);
    expect(source.length).toBeLessThan(MAX_TEMPLATE_CHARS);

    const result = parse(source);
    expect(result.problems).toEqual([]);
    const { sections, groups } = result.template;
    expect(sections).toHaveLength(count);
    expect(flattenSections(sections)).toHaveLength(2 * count);
    expect(sections[0]!.id).toBe('requirement');
    expect(sections[1]!.id).toBe('requirement-2');
    expect(sections[count - 1]!.id).toBe(`requirement-${count}`);
    expect(sections[count - 1]!.children[0]!.id).toBe(`requirement-${count}/details`);
    const last = sections[count - 1]!;
    expect(last.blocks.map((b) => b.kind)).toEqual(['fields', 'idList', 'prose']);
    expect(last.line).toBe(3 + (count - 1) * 17);
    expect(groups).toEqual([]);
    const { sections: sectionIds, blocks } = ids(result);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set(blocks).size).toBe(blocks.length);
    expectSound(source, result);
  }, 20_000);
});

describe('pathological input finishes and gives a valid schema', () => {
  const cases: [string, () => string][] = [
    ['200k [ characters', () => '['.repeat(200_000)],
    ['200k ] characters', () => ']'.repeat(200_000)],
    ['100k [] pairs', () => '[]'.repeat(100_000)],
    ['200k * characters', () => '*'.repeat(200_000)],
    ['200k * characters after a letter', () => 'a' + '*'.repeat(200_000)],
    ['200k _ characters between words', () => 'a' + '_'.repeat(200_000) + 'b'],
    ['a line of 100k `**a**: ` repetitions', () => '**a**: '.repeat(100_000)],
    ['80k `**a**: x | ` fields on one line', () => '**a**: x | '.repeat(80_000)],
    ['50k nested list markers on one line', () => '- '.repeat(50_000) + 'x'],
    ['50k lines of nested list markers', () => Array.from({ length: 50_000 }, (_, k) => `${'  '.repeat(k % 8)}- item`).join('\n')],
    ['50k nested ordered markers', () => '1. '.repeat(50_000) + 'x'],
    ['50k nested blockquote markers', () => '> '.repeat(50_000) + 'x'],
    ['100k | characters', () => '|'.repeat(100_000)],
    ['a 50k-column table', () => `${'| a '.repeat(50_000)}|\n${'|---'.repeat(50_000)}|\n${'| [x] '.repeat(50_000)}|`],
    ['a huge single HTML comment line', () => `<!-- ${'note '.repeat(180_000)}-->`],
    ['a huge unclosed HTML comment line', () => `<!-- ${'note '.repeat(180_000)}`],
    ['200k backticks', () => '`'.repeat(200_000)],
    ['100k ``` fences', () => '```\n'.repeat(100_000)],
    ['200k { characters', () => '{'.repeat(200_000)],
    ['200k `<a` openings', () => '<a'.repeat(200_000)],
    ['100k `(fill in ` openings', () => '(fill in '.repeat(100_000)],
    ['200k $ variables', () => '$ABC'.repeat(200_000)],
    ['300k # characters', () => '#'.repeat(300_000)],
    ['100k headings', () => '## A\n'.repeat(100_000)],
    ['100k --- rules', () => '---\n'.repeat(100_000)],
    ['100k setext underlines', () => 'a\n=\n'.repeat(100_000)],
    ['100k [x]: link reference lines', () => '[x]: #x\n'.repeat(100_000)],
    ['50k checklist tasks', () => '- [ ] T001 [P] x\n'.repeat(50_000)],
  ];

  it.each(cases)('%s', (_name, make) => {
    for (const source of [make(), `# T\n\n## S\n\n${make()}\n`]) {
      const result = parse(source);
      expectSound(source, result);
    }
  }, 20_000);
});

describe('headings that are odd but valid Markdown', () => {
  it('an empty `##` is a section with an empty title', () => {
    const result = parse('## \n\ntext\n\n## B\n');
    expect(result.template.sections.map((s) => [s.title, s.id, s.line])).toEqual([
      ['', 'item', 1],
      ['B', 'b', 5],
    ]);
    expect(result.template.sections[0]!.blocks).toMatchObject([{ kind: 'prose', text: 'text' }]);
    expectSound('## \n\ntext\n\n## B\n', result);
  });

  it('seven hashes are text, not a heading', () => {
    const result = parse('## A\n\n####### Not a heading\n');
    expect(result.template.sections.map((s) => s.title)).toEqual(['A']);
    expect(result.template.sections[0]!.blocks).toMatchObject([{ kind: 'prose', text: '####### Not a heading' }]);
  });

  it('#hashtag without a space is text; a closing hash sequence is not part of the title', () => {
    const result = parse('## A ##\n\n#hashtag\n\n### B ###   \n');
    expect(result.template.sections.map((s) => s.title)).toEqual(['A']);
    expect(result.template.sections[0]!.children.map((s) => s.title)).toEqual(['B']);
    expect(result.template.sections[0]!.blocks).toMatchObject([{ kind: 'prose', text: '#hashtag' }]);
  });

  it('setext headings: `=====` under a line is H1 (the title), `---` under a line is H2', () => {
    const source = 'Feature Spec: [NAME]\n=====\n\nIntro text.\n\nSummary\n---\n\nText.\n\nRisks\n-----\n';
    const result = parse(source);
    expect(result.template.title).toMatchObject({ heading: 'Feature Spec: [NAME]', prefix: 'Feature Spec: ', line: 1 });
    expect(result.template.sections.map((s) => [s.level, s.title, s.line])).toEqual([
      [2, 'Summary', 6],
      [2, 'Risks', 11],
    ]);
    expect(result.template.preamble).toMatchObject([{ kind: 'prose', text: 'Intro text.' }]);
    expectSound(source, result);
  });

  it('two H1s: no title line, both are sections', () => {
    const result = parse('# One\n\n# Two\n');
    expect(result.template.title).toBeNull();
    expect(result.template.sections.map((s) => [s.level, s.title])).toEqual([
      [1, 'One'],
      [1, 'Two'],
    ]);
  });

  it('a heading that skips levels nests under the nearest shallower heading', () => {
    const result = parse('## A\n\n#### Deep\n\n### Mid\n\n# Top\n');
    expect(result.template.sections.map((s) => s.title)).toEqual(['A', 'Top']);
    expect(result.template.sections[0]!.children.map((s) => [s.level, s.title])).toEqual([
      [4, 'Deep'],
      [3, 'Mid'],
    ]);
  });
});

describe('line endings and BOM', () => {
  const samples: [string, string][] = [
    ...REFERENCE_FILES.map((file): [string, string] => [file, readFileSync(new URL(file, refDir), 'utf8')]),
    ['setext and a table', 'Title\n=====\n\n**Status**: Draft\n\nPart\n----\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode\n\n```\n'],
    ['frontmatter', '---\nname: x  # the name\nstatus: draft | done\n---\n\n## A\n\n<!--\n  guidance\n-->\n\n- [ ] T001 task\n'],
  ];

  it.each(samples)('%s: CRLF and lone-CR line endings give the same schema and problems as LF', (_name, lf) => {
    const expected = withoutHash(parse(lf));
    expect(withoutHash(parse(lf.replace(/\n/g, '\r\n')))).toEqual(expected);
    expect(withoutHash(parse(lf.replace(/\n/g, '\r')))).toEqual(expected);
  });

  it.each(samples)('%s: a BOM at the start changes nothing but the hash', (_name, source) => {
    expect(withoutHash(parse(`\uFEFF${source}`))).toEqual(withoutHash(parse(source)));
  });

  it('a BOM before frontmatter still opens the frontmatter', () => {
    const result = parse('\uFEFF---\ndescription: "x"\n---\n\n## A\n');
    expect(result.problems).toEqual([]);
    expect(result.template.frontmatter?.map((f) => f.key)).toEqual(['description']);
  });

  it('the hash tells CRLF and LF sources apart (a draft pins the exact text)', () => {
    expect(parse('## A\r\n').template.sourceHash).not.toBe(parse('## A\n').template.sourceHash);
  });
});

// Markdown-ish fragments: the shapes the engine recognises, and the characters
// its patterns key on, so random joins land on its edge cases.
const FRAGMENTS = [
  '# Title: [NAME]',
  '# Second title',
  '## Summary',
  '## Summary 2',
  '## Preamble',
  '## Footer',
  '### User Story 1 - [Brief Title] (Priority: P1)',
  '### User Story 2',
  '### Phase 3: x',
  '## Key Entities *(include if feature involves data)*',
  '## Tests (OPTIONAL - only if tests requested)',
  '## Data *(mandatory for data changes)*',
  '##',
  '#######',
  '## A ##',
  'Title\n=====',
  'Sub\n---',
  '=====',
  '**Status**: Draft',
  '**Branch**: `[###-x]` | **Date**: [DATE] | **Spec**: [link]',
  '**Acceptance Scenarios**:',
  '**Label:** value',
  '**Due**: YYYY-MM-DD',
  '- Feature Name: (fill me in with a name)',
  '- item',
  '* item',
  '1. item',
  '  - nested',
  '    continued',
  '- **FR-001**: System MUST [x]',
  '- **FR-002**: [NEEDS CLARIFICATION: y]',
  '- **[Entity 1]**: [What it is]',
  '- [ ] T001 [P] [US1] Do [thing]',
  '- [x] done',
  '- [ ] TXXX later',
  '1. **Given** [a], **When** [b], **Then** [c]',
  '> quote',
  '> **NOTE**: x',
  '*Italic guidance line*',
  '[Add more user stories as needed]',
  '```',
  '```text',
  '~~~',
  '    indented code',
  '<!--',
  '-->',
  '<!-- note -->',
  '<!-- specwright-template\nname: Fuzz\ndescription: d\n-->',
  '| a | b |',
  '|---|:-:|',
  '| [x] | Low/Med/High |',
  '[summary]: #summary',
  '[text](http://x.y)',
  '---',
  '***',
  '[',
  ']',
  '[[',
  '{',
  '}',
  '{title}',
  '(',
  ')',
  '|',
  '`',
  '``',
  '*',
  '**',
  '_',
  '<',
  '>',
  '<placeholder>',
  '$ARGUMENTS',
  'TODO(SECRET)',
  '\\',
  ':',
  ' ',
  '\t',
  '\uFEFF',
  'é',
  '😀',
];
const SEPARATORS = ['\n', '\n', '\n\n', '\r\n', '\r', ''];

const markdownish = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 10 },
      { arbitrary: fc.constantFrom(...SEPARATORS), weight: 6 },
      { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 4 }), weight: 1 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('property: any Markdown-ish text', () => {
  it('parses without throwing into a valid schema, with problems and sections on real lines', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        expectSound(source, parse(source));
      }),
      { numRuns: 2000 },
    );
  }, 20_000);
});

// Regression tests for engine bugs these tests found (they ran as `it.fails`
// until the engine was fixed).
describe('engine bugs: ids a draft points at must be unique', () => {
  it('section ids: `## Summary`, `## Summary`, `## Summary 2` get three ids', () => {
    const { sections } = ids(parse('## Summary\n\na\n\n## Summary\n\nb\n\n## Summary 2\n\nc\n'));
    expect(new Set(sections).size).toBe(3);
  });

  it('block ids: preamble blocks and the blocks of a section titled `Preamble` differ', () => {
    const { blocks } = ids(parse('Intro prose before any section.\n\n## Preamble\n\ntext\n'));
    expect(blocks).toHaveLength(2);
    expect(new Set(blocks).size).toBe(2);
  });

  it('block ids: footer blocks and the blocks of a section titled `Footer` differ', () => {
    const { blocks } = ids(parse('## Footer\n\ntext\n\n## Last\n\n---\n\n**Status**: Draft\n'));
    expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('property: section and block ids are unique for any Markdown-ish text', () => {
    // Headings that slug alike, and content for the preamble, the sections and a footer.
    const headingsAndContent = fc
      .array(fc.oneof(fc.constantFrom('## Summary', '## Summary 2', '## Preamble', '## Footer', '### Summary', '### Summary 2', '# Top'), fc.constantFrom('text', '- item', '**A**: b', '---', '```\ncode\n```')), { maxLength: 12 })
      .map((parts) => parts.join('\n\n'));
    fc.assert(
      fc.property(fc.oneof(markdownish, headingsAndContent), (source) => {
        const { sections, blocks } = ids(parse(source));
        expect(new Set(sections).size).toBe(sections.length);
        expect(new Set(blocks).size).toBe(blocks.length);
      }),
      { numRuns: 2000, seed: 42 },
    );
  }, 20_000);
});

describe('engine bugs: located problems', () => {
  it('a NUL byte after lone-CR line endings is reported on its line (3), as the scanner counts lines', () => {
    expect(codes(parse('a\rb\r\u0000').problems)).toEqual(['error not-text @3']);
  });
});

// Inputs well under the 1M-character limit on which a pattern backtracks
// super-linearly. Each takes seconds today; a linear scan takes milliseconds,
// so a 500 ms timeout tells the two apart by far. Where it happens is in the
// case name; the report has a regex-level reproduction for each.
describe('engine bugs: super-linear time on crafted input (ReDoS)', () => {
  const space = (n: number) => ' '.repeat(n);
  const slow: [string, () => string][] = [
    ['ATX heading with a long space run (scan-blocks HEADING, parse-heading-flags FLAG, detect-repeat-groups NUMBERED)', () => `## a${space(21_000)}b\n`],
    ['heading with a long no-break-space run (parse-heading-flags FLAG `\\s*`)', () => `## a${'\u00a0'.repeat(45_000)}b\n`],
    ['setext heading with a long space run (FLAG, NUMBERED)', () => `a${space(30_000)}b\n---\n`],
    ['paragraph line with a long space run (build-blocks paragraphBlock split `[ \\t]+\\|[ \\t]+`)', () => `## S\n\na${space(45_000)}b\n`],
    ['HTML comment with a long space run (build-blocks dedentBlock `\\s+$`)', () => `## S\n\n<!-- a${space(45_000)}b -->\n`],
    ['code block with many blank lines (find-placeholders maskLinks `^(\\s*...)` /gm)', () => `## S\n\n\`\`\`\n${'\n'.repeat(35_000)}x\n\`\`\`\n`],
    ['title with a long run of colons before a placeholder (parse-template titleName `[\\s:–—-]+$`)', () => `# a${':'.repeat(45_000)}b [X]\n\n## S\n`],
    ['table header then a line with a long space run (scan-blocks TABLE_DELIMITER)', () => `## S\n\na|b\n${space(45_000)}x\n`],
    ['Given/When/Then item with 1.8k spaces (build-blocks SCENARIO, cubic)', () => `## S\n\n1. **Given** ${space(1_800)}x\n`],
    ['field value opening with 4k backticks (infer-field `^(`+)(.*)\\1$`)', () => `## S\n\n**A**: ${'`'.repeat(4_000)}a\n`],
    ['unmatched backtick run then text (find-placeholders maskCodeSpans)', () => `## S\n\nx${'`'.repeat(20_000)}${'a'.repeat(20_000)}\n`],
    ['fence-like line with a long space run (scan-blocks FENCE)', () => `## S\n\na\n\`\`\`${space(55_000)}\`\n`],
    ['field followed by 4.5k continuation lines (build-blocks paragraphBlock re-infers the whole value per line)', () => `## S\n\n**A**: x\n${'yyyyyyyyy\n'.repeat(4_500)}`],
  ];

  it.each(slow)('%s', (_name, make) => {
    const source = make();
    expectSound(source, parse(source));
  }, 500);
});
