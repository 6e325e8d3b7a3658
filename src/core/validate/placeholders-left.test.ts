import { describe, expect, it } from 'vitest';
import { placeholdersLeft, type PlaceholderScope } from './placeholders-left';

const NONE: PlaceholderScope = { own: new Set(), definitions: new Set() };
const left = (text: string, scope: Partial<PlaceholderScope> = {}, context: 'text' | 'heading' | 'code' = 'text') =>
  placeholdersLeft(text, context, { ...NONE, ...scope }).map((p) => p.text);

describe('placeholdersLeft', () => {
  it('a blank of the template that a definition in the document resolves is a link; unresolved it is still a blank', () => {
    const own = new Set(['[kubernetes/enhancements]']);
    expect(left('- [x] links to KEP dir in [kubernetes/enhancements]', { own, definitions: new Set(['kubernetes/enhancements']) })).toEqual([]);
    expect(left('- [x] links to KEP dir in [kubernetes/enhancements]', { own })).toEqual(['[kubernetes/enhancements]']);
  });

  it('a legend term (`**[Story]**: …`) and a `[TOC]` marker alone on its line are no blanks; elsewhere they are', () => {
    expect(left('- **[P]**: Can run in parallel\n- **[Story]**: Which user story this task belongs to')).toEqual([]);
    expect(left('- Story: **[Story]** goes here')).toEqual(['[Story]']);
    expect(left('# Design\n\n[TOC]\n\n## Goals')).toEqual([]);
    expect(left('See the [TOC] below.')).toEqual(['[TOC]']);
  });

  it('finds the blanks of prose as findPlaceholders does', () => {
    expect(left('System MUST [do something] for <user role> by YYYY-MM-DD.')).toEqual(['[do something]', '<user role>', 'YYYY-MM-DD']);
    expect(left('Ready (to be determined) for $ARGUMENTS.')).toEqual(['(to be determined)', '$ARGUMENTS']);
  });

  it('finds none in code: inline, fenced and indented', () => {
    expect(left('Add `chunk_by` to `&[T]`, derived with `#[derive(Debug)]`.')).toEqual([]);
    expect(left('Add it:\n\n```toml\n[dependencies]\nitertools = "0.12"\n```\n')).toEqual([]);
    expect(left('```rust\n#[derive(Debug)]\nstruct Run<T> { items: Vec<T> }\n```')).toEqual([]);
    expect(left('Index it:\n\n    let first = v[i];\n    let tail: &[T] = &v[1..];\n')).toEqual([]);
    expect(left('~~~\n[same as backend above]\n~~~')).toEqual([]);
    // ...but the prose around the code is still read
    expect(left('Add `&[T]` for [which types?].')).toEqual(['[which types?]']);
  });

  it('finds none in links, link references, images, footnotes and HTML comments', () => {
    expect(left('See [RFC 3502] and [the thread][t].\n\n[RFC 3502]: https://example.com/3502\n[t]: https://example.com/t')).toEqual([]);
    expect(left('![diagram [v2]](d.png) and a note[^1] <!-- [TODO: trim] -->\n\n[^1]: The note.')).toEqual([]);
    expect(left('[Feature Name]: https://example.com/feature')).toEqual([]);
  });

  it('finds none in bracketed text that a definition elsewhere in the draft resolves, matched as CommonMark matches labels', () => {
    const definitions = new Set(['rfc 3502', 'itertools docs']);
    expect(left('As in [RFC 3502] and [Itertools   Docs].', { definitions })).toEqual([]);
    expect(left('As in [RFC 3502] and [Feature Name].', { definitions })).toEqual(['[Feature Name]']);
    expect(left('As in [RFC 3502].')).toEqual(['[RFC 3502]']);
  });

  it('finds none in checkboxes, task tags and bracketed IDs', () => {
    expect(left('- [ ] implement on `[T]`\n- [x] document it\n- [X] ship it')).toEqual([]);
    expect(left('Tasks [P] and [US1] follow [D-014] and [ADR-12].')).toEqual([]);
    expect(left('See [D-XXX] for the decision.')).toEqual(['[D-XXX]']);
  });

  it("still finds the template's own placeholders left as they were, in code or where Markdown reads a definition", () => {
    const own = new Set(['[###-feature-name]', '[Purpose]', '[REMOVE IF UNUSED]']);
    expect(left('`[###-feature-name]`', { own })).toEqual(['[###-feature-name]']);
    expect(left('`[###-feature-name]`')).toEqual([]);
    // CommonMark reads this list item as a link definition; the template means two blanks (the first a label, as findPlaceholders has it).
    expect(left('[New services, e.g., Redis, S3]: [Purpose]', { own })).toEqual(['[Purpose]']);
    expect(left('[New services, e.g., Redis, S3]: [Purpose]')).toEqual([]);
    expect(left('backend/ [REMOVE IF UNUSED]\n[dependencies]', { own }, 'code')).toEqual(['[REMOVE IF UNUSED]']);
    expect(left('backend/ [REMOVE IF UNUSED]\n[dependencies]', {}, 'code')).toEqual([]);
  });

  it('reads headings with their code spans literal', () => {
    expect(left('Tool: `[tool_name]`', {}, 'heading')).toEqual([]);
    expect(left('User Story 1 - [Brief Title]', {}, 'heading')).toEqual(['[Brief Title]']);
  });

  it('stays linear on long hostile text', () => {
    const hostile = '[`a` <b> '.repeat(20_000) + '\n\n' + '    [x]\n'.repeat(5_000) + '`'.repeat(10_001);
    const start = performance.now();
    placeholdersLeft(hostile, 'text', { own: new Set(['[`a` <b>']), definitions: new Set(['a']) });
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
