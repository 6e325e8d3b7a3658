import { describe, expect, it } from 'vitest';
import type { BlockValue, Draft, DraftSection } from '../draft/draft-schema';
import { Draft as DraftSchema } from '../draft/draft-schema';
import { draftStructureTemplate } from '../convert/draft-structure-template';
import { addToDocument } from '../draft/add-to-document';
import { removeSection } from '../draft/group-edits';
import { findDraftSection, setBlockValue, setMetadataValue, setSectionTitle, setTitleText, updateSection } from '../draft/section-edits';
import { fixtureNow } from '../markdown/__fixtures__/fill-draft';
import { templateById } from '../markdown/__fixtures__/load-templates';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';
import { changedLines } from './__fixtures__/changed-lines';
import { foreignStyleSpec, templateStyleSpec } from './__fixtures__/foreign-style-spec';
import { validateDraft } from '../validate/validate-draft';

const template = templateById('data-platform-feature-spec');
const filled = templateStyleSpec;
const foreign = foreignStyleSpec;

function imported(markdown = foreign): Draft {
  const { draft } = importMarkdown(markdown, template, { id: 'imported', now: fixtureNow });
  return draft;
}

function sectionTitled(draft: Draft, title: string): DraftSection {
  const visit = (sections: DraftSection[]): DraftSection | undefined => {
    for (const s of sections) {
      if (s.title.startsWith(title)) return s;
      const inner = visit(s.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = visit(draft.sections);
  if (!found) throw new Error(`no section ${title}`);
  return found;
}


describe('exportLossless: an untouched import is the file', () => {
  it('gives the file back byte for byte, with its comment, reference definition, styles and trailing spaces', () => {
    const draft = imported();
    expect(DraftSchema.safeParse(draft).success).toBe(true);
    expect(exportMarkdown(draft)).toBe(foreign);
  });

  it('keeps CRLF line ends and a byte order mark', () => {
    const crlf = `\uFEFF${foreign.replaceAll('\n', '\r\n')}`;
    expect(exportMarkdown(imported(crlf))).toBe(crlf);
  });

  it('adds nothing the file lacks: a conditional section left out stays out, though the draft keeps it as not in the document', () => {
    const draft = imported();
    expect(sectionTitled(draft, 'Key Entities')).toMatchObject({ absent: true });
    expect(exportMarkdown(draft)).not.toContain('Key Entities');
  });
});

describe('exportLossless: an edit changes only what was edited', () => {
  it('a requirement changed: one line differs, the other items keep their `*` bullets', () => {
    const draft = imported();
    const section = sectionTitled(draft, 'Functional Requirements');
    const list = section.blocks.find((b): b is BlockValue & { kind: 'idList' } => b.kind === 'idList')!;
    const items = list.items.map((item) => (item.id === 'FR-002' ? { ...item, text: 'System MUST accept run events over `POST /runs/events` only.' } : item));
    const out = exportMarkdown(setBlockValue(draft, section.id, { ...list, items }));
    expect(changedLines(foreign, out)).toEqual({
      removed: [foreign.split('\n').find((l) => l.includes('**FR-002**'))],
      added: [expect.stringMatching(/^[-*] \*\*FR-002\*\*: System MUST accept run events over `POST \/runs\/events` only\.$/)],
    });
  });

  it('a paragraph of prose changed: the paragraphs around it, the comment and the emphasis style stay', () => {
    const draft = imported();
    const story = sectionTitled(draft, 'User Story 1');
    const prose = story.blocks.find((b): b is BlockValue & { kind: 'prose' } => b.kind === 'prose')!;
    // What the prose editor writes: its own emphasis marker, and the edited sentence.
    const edited = prose.markdown.replace('_data engineer_', '*data engineer*').replace('The ingestion worker receives one event per state change:', 'The worker receives one event for each state change:');
    const out = exportMarkdown(setBlockValue(draft, story.id, { ...prose, markdown: edited }));
    expect(changedLines(foreign, out)).toEqual({ removed: ['The ingestion worker receives one event per state change:'], added: ['The worker receives one event for each state change:'] });
  });

  it('a heading renamed keeps its level and flag; the title and a metadata field change in place', () => {
    let draft = imported();
    const story = sectionTitled(draft, 'User Story 2');
    draft = setSectionTitle(draft, story.id, story.title.replace('Client health summary', 'Client health score'));
    draft = setTitleText(draft, 'Run History Ingestion');
    draft = setMetadataValue(draft, 'status', 'In review');
    const out = exportMarkdown(draft);
    expect(changedLines(foreign.split('## User Scenarios')[0]!, out.split('## User Scenarios')[0]!)).toEqual({
      removed: ['# Feature Specification: Pipeline Run History Ingestion', '', '**Feature Branch**: `014-run-history-ingestion`', '', '**Created**: 2026-11-18', '', '**Status**: Draft'],
      added: ['# Feature Specification: Run History Ingestion', '', '**Feature Branch**: `014-run-history-ingestion`', '', '**Created**: 2026-11-18', '', '**Status**: In review'],
    });
    expect(out).toContain('\n### User Story 2 - Client health score (Priority: P2)\n');
    expect(out.split('\n').length).toBe(foreign.split('\n').length);
  });

  it('a section not in the document, added and filled, is written at its template place; a removed group item leaves', () => {
    let draft = imported();
    const entities = sectionTitled(draft, 'Key Entities');
    draft = updateSection(draft, entities.id, (s) => ({ ...s, absent: false, enabled: true }));
    const block = findDraftSection(draft.sections, entities.id)!.blocks[0]!;
    expect(block.kind).toBe('definitions');
    if (block.kind !== 'definitions') return;
    draft = setBlockValue(draft, entities.id, { ...block, items: [{ term: 'Run', text: 'one state change of one pipeline run.' }] });
    draft = removeSection(draft, sectionTitled(draft, 'User Story 3').id).draft;
    const out = exportMarkdown(draft);
    expect(out).not.toContain('User Story 3');
    expect(out).toMatch(/\n\n### Key Entities \*\(include if feature involves data\)\*\n\n- \*\*Run\*\*: one state change of one pipeline run\.\n\n### Data Integrity/);
    expect(out).toContain('<!-- Reviewed with the data team on 2026-11-20; see [runbook]. -->');
  });
});

describe('addToDocument', () => {
  it('brings a section and its subsections into the document, and nothing else', () => {
    const file = filled.replace(/## Success Criteria[\s\S]*$/, '');
    const draft = imported(file);
    const criteria = sectionTitled(draft, 'Success Criteria');
    expect(criteria).toMatchObject({ absent: true, children: [{ absent: true }] });
    const added = addToDocument(draft, criteria.id);
    expect(sectionTitled(added, 'Success Criteria')).not.toHaveProperty('absent');
    expect(sectionTitled(added, 'Measurable Outcomes')).not.toHaveProperty('absent');
    expect(exportMarkdown(draft)).toBe(file);
    expect(exportMarkdown(added)).toMatch(/\n\n## Success Criteria \*\(mandatory\)\*\n\n### Measurable Outcomes\n/);
  });
});

describe('withSourceLines (through validateDraft)', () => {
  it('a finding on an imported draft names the line of the file it is on', () => {
    const file = foreign.replace('**FR-002**: System MUST accept', '**FR-002**: System MUST [NEEDS CLARIFICATION: which sources?] accept');
    const line = file.split('\n').findIndex((l) => l.includes('NEEDS CLARIFICATION: which sources?')) + 1;
    const findings = validateDraft(imported(file));
    const clarification = findings.find((f) => f.code === 'clarification-present');
    expect(clarification).toMatchObject({ line });
    const fromTemplate = validateDraft({ ...imported(file), origin: null });
    expect(fromTemplate.find((f) => f.code === 'clarification-present')).not.toHaveProperty('line');
  });
});

describe('an imported draft saved as a template', () => {
  it('has the document\'s sections, not those the file lacks', () => {
    const structure = draftStructureTemplate(imported());
    expect(structure).toContain('### Data Integrity');
    expect(structure).not.toContain('Key Entities');
  });
});
