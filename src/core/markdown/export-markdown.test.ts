import { readFileSync } from 'node:fs';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import type { BlockValue, Draft } from '../draft/draft-schema';
import { addGroupItem } from '../draft/group-edits';
import { formatId } from '../draft/id-list-edits';
import { DraftFiller, fixtureNow, ids } from './__fixtures__/fill-draft';
import { expectedMarkdown, filledDrafts, splitByHeadings } from './__fixtures__/filled-drafts';
import { templateById } from './__fixtures__/load-templates';
import { exportMarkdown } from './export-markdown';
import { hasReferenceTemplates } from '../__fixtures__/reference-templates-dir';

const lintConfig: unknown = JSON.parse(readFileSync(new URL('../../../.markdownlint.json', import.meta.url), 'utf8'));

function lintProblems(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown }, config: lintConfig as Record<string, unknown> });
  return (results.doc ?? []).map((r) => `line ${r.lineNumber}: ${r.ruleNames.join('/')} ${r.ruleDescription}${r.errorDetail ? ` (${r.errorDetail})` : ''}`);
}

const fresh = (templateId: string): Draft => createDraft(templateById(templateId), { id: 'd', now: fixtureNow });

describe('exportMarkdown: filled drafts of the built-in templates', () => {
  for (const { templateId, build } of filledDrafts) {
    describe(templateId, () => {
      const actual = exportMarkdown(build());
      const expected = expectedMarkdown(templateId);

      it('writes the fixture file, section by section', () => {
        const got = splitByHeadings(actual);
        const want = splitByHeadings(expected);
        expect(got.map((p) => p.heading)).toEqual(want.map((p) => p.heading));
        want.forEach((part, k) => expect(got[k]?.text, `section ${part.heading}`).toBe(part.text));
        expect(actual).toBe(expected);
      });

      it('passes markdownlint with the repository config', () => {
        expect(lintProblems(actual)).toEqual([]);
      });
    });
  }

  it('the lint config is the one applied (a bad document fails it)', () => {
    expect(lintProblems('# Title\n\n* star bullet\n\n\nTrailing \n')).toEqual(expect.arrayContaining([expect.stringContaining('MD004'), expect.stringContaining('MD012'), expect.stringContaining('MD009')]));
  });
});

describe('exportMarkdown: what is left out', () => {
  it('keeps empty mandatory and unflagged sections as headings, drops empty conditional ones and every empty value', () => {
    const markdown = exportMarkdown(fresh('data-platform-feature-spec'));
    // Template text that is not a placeholder (spec-kit's `System MUST [...]`) is the draft's starting text and stays.
    expect(markdown).toContain('- **FR-005**: System MUST [enforce integrity constraints and required security controls]\n\n### Data Integrity & Invariants *(mandatory for data changes)*\n\n### API Contracts');
    expect(markdown).toContain('### User Story 2 - [Brief Title] (Priority: P2)\n\n---\n\n### User Story 3');
    expect(markdown).not.toContain('Key Entities');
    expect(markdown).not.toContain('**Why this priority**');
    expect(markdown).not.toContain('Acceptance Scenarios');
    expect(markdown).not.toContain('<!--');
    expect(markdown).not.toContain('Example of marking');
    // The title keeps its placeholder, so the blank stays visible.
    expect(markdown.startsWith('# Feature Specification: [FEATURE NAME]\n\n**Created**: 2026-11-21\n\n**Status**: Draft\n\n## User Scenarios')).toBe(true);
  });

  it('writes a conditional section once something in it or below it is filled, and never a switched-off one', () => {
    const filled = new DraftFiller(fresh('data-platform-feature-spec')).fill('Key Entities', 'definitions', { items: [{ term: 'Run', text: 'One execution.' }, { term: '', text: '' }] });
    expect(exportMarkdown(filled.draft)).toContain('### Key Entities *(include if feature involves data)*\n\n- **Run**: One execution.\n\n##');
    expect(exportMarkdown(filled.switchOff('Key Entities').draft)).not.toContain('Key Entities');
    expect(exportMarkdown(new DraftFiller(fresh('data-platform-feature-spec')).switchOff('Requirements').draft)).not.toContain('Requirements');
  });

  it('leaves out ID items, list items, scenarios and rows with no text, and a label whose block is empty', () => {
    const draft = new DraftFiller(fresh('product-feature-spec-api-data-model'))
      .fill('Risks & Mitigations', 'table', { columns: ['Risk', 'Impact'], rows: [['', ' '], ['Cost', 'High']] })
      .fill('Goals', 'list', { items: ['', 'Faster reviews', '  '] }, { label: 'Secondary Goals' })
      .fill('Goals', 'list', { items: [''] }, { label: 'Non-Goals' }).draft;
    const markdown = exportMarkdown(draft);
    expect(markdown).toContain('## Risks & Mitigations\n\n| Risk | Impact |\n| --- | --- |\n| Cost | High |\n\n##');
    expect(markdown).toContain('**Secondary Goals:**\n\n- Faster reviews\n\n## Constitutional');
    expect(markdown).not.toContain('Non-Goals');
    const spec = new DraftFiller(fresh('data-platform-feature-spec')).fill('Functional Requirements', 'idList', { items: ids('FR', ['Store runs', '', 'Serve runs']) }).draft;
    expect(exportMarkdown(spec)).toContain('- **FR-001**: Store runs\n- **FR-003**: Serve runs\n');
  });
});

describe('exportMarkdown: text as written', () => {
  it('writes prose without escaping, keeping markers greppable and hard breaks as backslashes', () => {
    const draft = new DraftFiller(fresh('product-feature-spec-api-data-model')).fill('Problem Statement', 'prose', {
      markdown: 'Uses snake_case names [NEEDS CLARIFICATION: which team owns it?] and a <package> placeholder.  \nSecond line, *emphasis* and `a | b`.   \n\n\n\nLast paragraph.   ',
    }).draft;
    const markdown = exportMarkdown(draft);
    expect(markdown).toContain('## Problem Statement\n\nUses snake_case names [NEEDS CLARIFICATION: which team owns it?] and a <package> placeholder.\\\nSecond line, *emphasis* and `a | b`.\n\nLast paragraph.\n\n');
  });

  it('ends with exactly one newline and has no trailing blanks or double blank lines outside code', () => {
    for (const { build } of filledDrafts) {
      const markdown = exportMarkdown(build());
      expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
      expect(markdown).not.toMatch(/[ \t]$/m);
      expect(markdown).not.toContain('\n\n\n');
    }
  });

  it('keeps code exactly, in a fence longer than any backtick run inside, and names a language', () => {
    const code = 'const s = ```nested```;\n\n\nindented  ';
    const draft = new DraftFiller(fresh('product-feature-spec-api-data-model')).fill('Migration Strategy', 'code', { lang: '', code }, { label: 'Database Migrations' }).draft;
    expect(exportMarkdown(draft)).toContain(`**Database Migrations:**\n\n\`\`\`\`text\n${code}\n\`\`\`\`\n`);
  });

  it('escapes a pipe in a table cell and writes a line break in a cell as <br>', () => {
    const draft = new DraftFiller(fresh('product-feature-spec-api-data-model')).fill('Risks & Mitigations', 'table', {
      columns: ['Risk', 'Mitigation'],
      rows: [['a | b', 'first\nsecond `x|y`']],
    }).draft;
    expect(exportMarkdown(draft)).toContain('| Risk | Mitigation |\n| --- | --- |\n| a \\| b | first<br>second `x\\|y` |');
  });

  it('quotes frontmatter values only when YAML needs it', () => {
    const draft = new DraftFiller(fresh('opportunity-solution-spec')).frontmatter({
      status: 'draft',
      opportunity: 'fix: the onboarding',
      created: '2026-11-21',
      updated: '',
      estimate: '1.10',
      owner: 'yes',
    }).draft;
    expect(exportMarkdown(draft)).toMatch(/^---\nstatus: draft\nopportunity: "fix: the onboarding"\ncreated: 2026-11-21\nupdated: ""\nestimate: "1.10"\nowner: "yes"\n---\n\n# \[Feature Name\]\n/);
  });

  it.skipIf(!hasReferenceTemplates)('writes fields as the template does: colon inside or out, a code span kept, same-line fields joined, plain labels in a list', () => {
    const plan = new DraftFiller(fresh('speckit-plan-template')).metadata({ branch: '042-exports', date: '2026-11-21', spec: '', input: 'From `specs/042/spec.md`', note: '' }).draft;
    expect(exportMarkdown(plan)).toContain('# Implementation Plan: [FEATURE]\n\n**Branch**: `042-exports` | **Date**: 2026-11-21\n\n**Input**: From `specs/042/spec.md`\n\n## Summary');
    const rfc = new DraftFiller(fresh('rust-rfc-template'))
      .metadata({ 'feature-name': 'async_drop', 'start-date': '2026-11-21', 'rfc-pr': '', 'rust-issue': '' })
      .fill('Summary', 'prose', { markdown: '' }).draft;
    expect(exportMarkdown(rfc).startsWith('- Feature Name: async_drop\n- Start Date: 2026-11-21\n\n## Summary\n\n[summary]: #summary\n\n## Motivation')).toBe(true);
    const product = new DraftFiller(fresh('product-feature-spec-api-data-model')).metadata({ author: 'Ana' }).draft;
    expect(exportMarkdown(product)).toContain('**Author:** Ana');
    const branch = new DraftFiller(fresh('data-platform-feature-spec')).metadata({ 'feature-branch': 'uses `ticks`' }).draft;
    expect(exportMarkdown(branch)).toContain('**Feature Branch**: `` uses `ticks` ``');
  });

  it.skipIf(!hasReferenceTemplates)('keeps two lists apart with an empty comment where Markdown would join them', () => {
    const draft = new DraftFiller(fresh('rust-rfc-template'))
      .fill('Guide-level explanation', 'prose', { markdown: 'Intro:\n\n- a point inside the prose' })
      .fill('Guide-level explanation', 'list', { items: ['The list block'] })
      .fill('Guide-level explanation', 'prose', { markdown: 'Closing words.' }, { nth: 1 }).draft;
    expect(exportMarkdown(draft)).toContain('Intro:\n\n- a point inside the prose\n\n<!-- -->\n\n- The list block\n\nClosing words.');
  });

  it.skipIf(!hasReferenceTemplates)('keeps a list block apart from prose whose list ends in HTML the item may take in', () => {
    const draft = new DraftFiller(fresh('rust-rfc-template'))
      .fill('Guide-level explanation', 'prose', { markdown: '- a point\n<br>' })
      .fill('Guide-level explanation', 'list', { items: ['The list block'] }).draft;
    expect(exportMarkdown(draft)).toContain('- a point\n<br>\n\n<!-- -->\n\n- The list block');
  });

  it.skipIf(!hasReferenceTemplates)('gives a renamed section the template flag, and an added group item its number', () => {
    let draft = fresh('speckit-tasks-template');
    const phases = draft.template.groups.find((g) => g.label === 'Phase')!;
    draft = addGroupItem(draft, phases.id, fixtureNow).draft;
    const markdown = exportMarkdown(draft);
    expect(markdown).toContain('## Phase 6: User Story 1 - [Title] (Priority: P1) 🎯 MVP');
    expect(markdown).toContain('### Tests for User Story 1 (OPTIONAL - only if tests requested) ⚠️');
    const renamed = new DraftFiller(fresh('data-platform-feature-spec')).rename('Key Entities', 'Entities').fill('Entities', 'definitions', { items: [{ term: 'Run', text: 'x' }] }).draft;
    expect(exportMarkdown(renamed)).toContain('### Entities *(include if feature involves data)*');
  });

  it('nests headings written in prose under their section, so they stay part of it', () => {
    const draft = new DraftFiller(fresh('data-platform-feature-spec')).fill('User Story 1 - [Brief Title] (Priority: P1)', 'prose', {
      markdown: '# Context\n\nWhy it matters.\n\nDetails\n-------\n\nMore.',
    }).draft;
    expect(exportMarkdown(draft)).toContain('### User Story 1 - [Brief Title] (Priority: P1)\n\n#### Context\n\nWhy it matters.\n\n##### Details\n\nMore.\n\n---');
  });

  it('escapes only what would change the structure: a closing `#`, a field separator, an item of dashes', () => {
    const draft = new DraftFiller(fresh('data-platform-feature-spec'))
      .title('Support for C #')
      .fill('User Story 1 - [Brief Title] (Priority: P1)', 'fields', { values: { 'why-this-priority': 'Blocks release | **P0** for sales', 'independent-test': '' } })
      .fill('Edge Cases', 'list', { items: ['--', 'What happens when a | b?'] }).draft;
    const markdown = exportMarkdown(draft);
    expect(markdown.startsWith('# Feature Specification: Support for C \\#\n')).toBe(true);
    expect(markdown).toContain('**Why this priority**: Blocks release \\| **P0** for sales\n');
    expect(markdown).toContain('- \\--\n- What happens when a | b?\n');
  });

  it.skipIf(!hasReferenceTemplates)('writes a section the template lacks with its prose as it is', () => {
    const base = fresh('speckit-spec-template');
    const extra = { kind: 'prose', blockId: 'extra:1', markdown: 'Kept **as is**, with `code`.' } satisfies BlockValue;
    const draft: Draft = { ...base, sections: [...base.sections, { id: 'extra:2', templateSectionId: null, level: 2, title: 'Rollout Notes', enabled: true, blocks: [extra], children: [] }] };
    expect(exportMarkdown(draft).endsWith('## Rollout Notes\n\nKept **as is**, with `code`.\n')).toBe(true);
  });
});

describe('exportMarkdown: speed', () => {
  it('writes a 300 KB draft in a few milliseconds, with no backtracking on long runs', () => {
    const base = new DraftFiller(fresh('data-platform-feature-spec'));
    const texts = Array.from({ length: 2500 }, (_, k) => `System MUST keep run ${k} with its \`occurred_at\` timestamp | and [NEEDS CLARIFICATION: how long?]`);
    const spaces = `${'a'.padEnd(20_000, ' ')}x  \n${' '.repeat(20_000)}\n${'`'.repeat(5_000)}`;
    const draft = base
      .fill('Functional Requirements', 'idList', { items: texts.map((text, k) => ({ id: formatId({ prefix: 'FR', separator: '-', digits: 4 }, k + 1), text })) })
      .fill('User Story 1 - [Brief Title] (Priority: P1)', 'prose', { markdown: spaces }).draft;
    const markdown = exportMarkdown(draft);
    expect(markdown.length).toBeGreaterThan(300_000);
    const runs = Array.from({ length: 5 }, () => {
      const start = performance.now();
      exportMarkdown(draft);
      return performance.now() - start;
    });
    // A few ms on a laptop; the bound leaves room for a loaded CI machine.
    expect(Math.min(...runs)).toBeLessThan(50);
  });
});
