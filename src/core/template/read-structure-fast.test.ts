import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceTemplatesDir } from '../__fixtures__/reference-templates-dir';
import { parsedStructure, readDocumentStructure } from './read-document-structure';
import { readStructureFast } from './read-structure-fast';
import { parseMdast } from './parse-mdast';

// readStructureFast answers only where it reads a document exactly as the
// CommonMark parser does: wherever it answers, the answer is the parser's.

const markdownIn = (dir: URL) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') })) : []);
const here = new URL('./', import.meta.url);
const fixtures = markdownIn(new URL('../markdown/__fixtures__/', here));
const documents = [
  ...markdownIn(new URL('../../../templates/', here)),
  ...fixtures,
  ...markdownIn(new URL('../markdown/__fixtures__/corpus/', here)),
  ...markdownIn(new URL('../markdown/__fixtures__/corpus/templates/', here)),
  ...markdownIn(referenceTemplatesDir),
];
type Example = { markdown: string; number: number };
const examples = (createRequire(import.meta.url)('commonmark-spec') as { tests: Example[] }).tests.map((e) => ({ name: `spec example ${e.number}`, text: e.markdown.replace(/→/g, '\t') }));

/** The paragraph reader the app uses when a paragraph is not plain: the parser on its text alone. */
function isolated(content: string, inList: boolean): string[] | null {
  const { children } = parseMdast(content, { frontmatter: false });
  if (children.length !== 1 || children[0]?.type !== 'paragraph') return null;
  // The same labels as the full reading of a document that is just this paragraph (in a list when inList).
  const doc = parsedStructure(inList ? `- ${content.replace(/\n/g, '\n  ')}` : content);
  return doc.labels;
}

const fast = (text: string) => readStructureFast(text, isolated);

describe('readStructureFast', () => {
  it.each(documents.map((d) => [d.name, d.text] as const))('reads %s as the parser does, where it answers', (_, text) => {
    const answer = fast(text);
    if (answer) expect(answer).toEqual(parsedStructure(text));
  });

  it('answers for the fixture specs, so the check path does not parse them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(fixtures.filter((f) => fast(f.text) === null).map((f) => f.name)).toEqual([]);
  });

  it('reads every CommonMark spec example as the parser does, where it answers', () => {
    const wrong = examples.filter((e) => {
      const answer = fast(e.text);
      return answer !== null && JSON.stringify(answer) !== JSON.stringify(parsedStructure(e.text));
    });
    expect(wrong.map((e) => e.name)).toEqual([]);
    // It answers for some of them: the comparison means something.
    expect(examples.filter((e) => fast(e.text) !== null).length).toBeGreaterThan(100);
  });

  it('reads generated documents of spec-like and tricky lines as the parser does, where it answers', () => {
    const lines = [
      '', '# Title', '## Section *(mandatory)*', '### Sub ###', '#', '#5 bolt', 'Title', '=====', '---', '***', '- - -', '___',
      '**Status**: Draft', '**Owner:** Ana', '**Bad **: x', '** Bad**: x', '**A**B', '**(x)**: y', '**x.**y', '***Triple***: z', '__Under__: x',
      '- **FR-001**: System MUST log runs.', '- Start Date: 2024-01-01', '  - Nested: item', '    - Deep: item', '1. First: one', '2. Second: two',
      '3) Third', '* Star item', '+ Plus item', '- [ ] Task: open', '- [x] **Done**: yes', '-', '*', '- ', '-     five spaces',
      '```', '```ts', '~~~', '    indented code', '  continuation text', 'Plain text with `code` and [link](x).', 'A run_id and *emphasis*',
      '| a | b |', '|---|---|', '| c | d |', '<!-- comment -->', '<!-- open', 'close -->', '<div>', '> quote', 'see www.example.com',
      'Text:  ', 'Label: value', 'trailing\\', '&amp; entity', '- **A &amp; B**: x', '- **A & B**: x', '- Q&amp;A: x', '[ref]: /url', '1986. What a year', '10. ten',
      '1. **Given** a run, **When** it fails, **Then** the owner is paged', 'a**b**c **d**: e', '**A** b **C**:', '`code` first: x', 'Foo:`x`',
      '`a`_b', '- `**Not**`: strong', '- Owner `x`: y', '- [ ] `code` task', 'an ``odd `run`` here', 'unclosed `tick', '**`Code`**: label',
      '[NEEDS CLARIFICATION: who?]', '- [NEEDS CLARIFICATION: x]', 'p95 < 200 ms', '**Snake_case**: ok', '  2. indented two',
    ];
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 14 }), fc.boolean(), (picked, frontmatter) => {
        const text = (frontmatter ? '---\ntitle: x\nstatus: y\n---\n' : '') + picked.join('\n');
        const answer = fast(text);
        if (answer) answered++;
        if (answer) expect(answer).toEqual(parsedStructure(text));
      }),
      { numRuns: Number(process.env.FAST_RUNS ?? 3000) },
    );
    // Enough of them are answered for the comparison to mean something.
    expect(answered).toBeGreaterThan(300);
  });

  it('leaves hostile nesting to the parser instead of running out of stack', () => {
    expect(fast('- '.repeat(50_000) + 'x')).toBeNull();
    const deep = `${'- '.repeat(40)}Label: x`;
    expect(fast(deep)).toBeNull();
    expect(readDocumentStructure(deep)).toEqual(parsedStructure(deep));
  });

  it('is what readDocumentStructure gives', () => {
    const text = fixtures[0]!.text;
    expect(readDocumentStructure(text)).toEqual(parsedStructure(text));
    expect(readDocumentStructure(text).headings.length).toBeGreaterThan(3);
  });
});
