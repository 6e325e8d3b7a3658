import { describe, expect, it } from 'vitest';
import { findPlaceholders, hasPlaceholder } from './find-placeholders';

const texts = (text: string, context?: 'text' | 'heading' | 'code') => findPlaceholders(text, context).map((p) => [p.kind, p.text]);

describe('findPlaceholders', () => {
  it('finds each form real templates use', () => {
    expect(texts('# Feature Specification: [FEATURE NAME]')).toEqual([['bracket', '[FEATURE NAME]']]);
    expect(texts('the {title of option 1} wins')).toEqual([['brace', '{title of option 1}']]);
    expect(texts('install <package> first')).toEqual([['angle', '<package>']]);
    expect(texts('- Feature Name: (fill me in with a unique ident, `my_awesome_feature`)')).toEqual([
      ['paren', '(fill me in with a unique ident, `my_awesome_feature`)'],
    ]);
    expect(texts('User description: "$ARGUMENTS"')).toEqual([['variable', '$ARGUMENTS']]);
    expect(texts('encrypted. TODO(SECRET_TOOL): Confirm mechanism.')).toEqual([['todo', 'TODO(SECRET_TOOL)']]);
    expect(texts('created: YYYY-MM-DD')).toEqual([['date', 'YYYY-MM-DD']]);
    expect(texts('**Created**: [DATE]')).toEqual([['bracket', '[DATE]']]);
  });

  it('keeps [NEEDS CLARIFICATION: ...] distinct, with its question as the label', () => {
    expect(findPlaceholders('via [NEEDS CLARIFICATION: auth method not specified]')).toEqual([
      { kind: 'clarification', text: '[NEEDS CLARIFICATION: auth method not specified]', label: 'auth method not specified' },
    ]);
    expect(hasPlaceholder('via [NEEDS CLARIFICATION: auth method?]')).toBe(false);
    expect(hasPlaceholder('via [auth method]')).toBe(true);
  });

  it('reports the outermost bracket when placeholders nest', () => {
    const text = '[Describe how - e.g., "Can be tested by [specific action] and delivers [specific value]"]';
    expect(texts(text)).toEqual([['bracket', text]]);
  });

  it('does not take a date inside a bracket or parenthesis twice', () => {
    expect(texts('**Date:** [YYYY-MM-DD]')).toEqual([['bracket', '[YYYY-MM-DD]']]);
    expect(texts("(fill me in with today's date, YYYY-MM-DD)")).toEqual([['paren', "(fill me in with today's date, YYYY-MM-DD)"]]);
  });

  it('ignores links, reference links, checkboxes and task tags', () => {
    expect(texts('- RFC PR: [rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)')).toEqual([]);
    expect(texts('[summary]: #summary')).toEqual([]);
    expect(texts('- [ ] T012 [P] [US1] Create [Entity1] model in src/models/[entity1].py')).toEqual([
      ['bracket', '[Entity1]'],
      ['bracket', '[entity1]'],
    ]);
    expect(texts('- [x] done')).toEqual([]);
    expect(texts('see [the docs][docs]')).toEqual([]);
    expect(texts('> [!NOTE]\n> Read this first.')).toEqual([]);
  });

  it('counts bracket placeholders inside code spans in text, but not in headings', () => {
    expect(texts('**Feature Branch**: `[###-feature-name]`')).toEqual([['bracket', '[###-feature-name]']]);
    expect(texts('Format: `[ID] [P?] [Story] Description`', 'heading')).toEqual([]);
    expect(texts('User Story 1 - [Brief Title] (Priority: P1)', 'heading')).toEqual([['bracket', '[Brief Title]']]);
  });

  it('leaves code alone in code spans and code blocks: braces, angle brackets, arrays, shell variables', () => {
    expect(texts('GET `/users/{id}` returns `Vec<T>`')).toEqual([]);
    expect(texts('{ "a": [1, 2], "b": ["x", "y"] }\nBearer <token>\necho $HOME', 'code')).toEqual([]);
    expect(texts('# [REMOVE IF UNUSED] Option 1\napi/\n└── [same as backend above]', 'code')).toEqual([
      ['bracket', '[REMOVE IF UNUSED]'],
      ['bracket', '[same as backend above]'],
    ]);
  });

  it('in code, takes brackets with `,` or `;` for placeholders when they read as prose, not as arrays or types', () => {
    expect(texts('└── [platform-specific structure: feature modules, UI flows, platform tests]', 'code')).toEqual([
      ['bracket', '[platform-specific structure: feature modules, UI flows, platform tests]'],
    ]);
    expect(texts('cache: [e.g., Redis; or none]\ndb: [i.e. the primary, not a replica]', 'code')).toEqual([
      ['bracket', '[e.g., Redis; or none]'],
      ['bracket', '[i.e. the primary, not a replica]'],
    ]);
    expect(texts('let a: [u8; 32] = [0; 32];\nlet m = [T; N];\nxs = [a, b, c]\npair = [left, right]', 'code')).toEqual([]);
  });

  it('takes a line that is only an instruction in parentheses for a placeholder', () => {
    expect(texts('(describe the problem here)')).toEqual([['paren', '(describe the problem here)']]);
    expect(texts('Intro.\n  (Explain why this matters)  \nMore.')).toEqual([['paren', '(Explain why this matters)']]);
    expect(findPlaceholders('(list the teams involved)')[0]?.label).toBe('list the teams involved');
  });

  it('leaves parentheses in a sentence, and ones that do not open with an instruction', () => {
    expect(texts('Run the migration (add `--dry-run` first).')).toEqual([]);
    expect(texts('(listed below)\n(see the appendix)\n(Optional)')).toEqual([]);
    expect(texts('(describe the problem here)', 'code')).toEqual([]);
  });

  it('does not take HTML tags or JSON-like braces in text for placeholders', () => {
    expect(texts('line<br>break and <details> and {"a": 1}')).toEqual([]);
  });
});
