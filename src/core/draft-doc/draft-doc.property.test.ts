import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Draft } from '../draft/draft-schema';
import { foreignStyleSpec } from '../lossless/__fixtures__/foreign-style-spec';
import { arbitraryDraft } from '../markdown/__fixtures__/arbitrary-draft';
import { fixtureNow } from '../markdown/__fixtures__/fill-draft';
import { builtInTemplates } from '../markdown/__fixtures__/load-templates';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';
import { applyDraftChange } from './apply-draft-change';
import { docToDraft } from './doc-to-draft';
import { draftToDoc, draftToUpdate } from './draft-to-doc';
import { editAt, textPaths, type Path } from './__fixtures__/draft-edits';
import { RECORD_KEYS, TEXT_KEYS } from './draft-doc-layout';

function isMergedText(path: Path): boolean {
  const last = path.at(-1);
  const parent = path.at(-2);
  return typeof last === 'number' || TEXT_KEYS.has(String(last)) || RECORD_KEYS.has(String(parent));
}

function read(doc: Y.Doc): Draft {
  const result = docToDraft(doc);
  if (!result.ok) throw new Error(result.reason);
  return result.draft;
}

/** A doc's content as JSON, its JSON-text values parsed (their key order is the schema's, not the draft's). */
function plain(doc: Y.Doc): unknown {
  const { template, origin, ...rest } = doc.getMap('draft').toJSON() as Record<string, unknown>;
  return { ...rest, template: JSON.parse(String(template)) as unknown, origin: origin === null ? null : (JSON.parse(String(origin)) as unknown) };
}

/** A draft read back from a file: it has an origin, and the template sections the file lacks are absent. */
const importedDraft = arbitraryDraft(builtInTemplates, 'free').map((draft) => importMarkdown(exportMarkdown(draft), draft.template, { id: 'imported', now: fixtureNow }).draft);

const anyDraft = fc.oneof(arbitraryDraft(builtInTemplates, 'free'), importedDraft);

describe('a draft and its Y.Doc', () => {
  it('draft -> doc -> draft is the same draft, origin, absent sections and all', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(read(draftToDoc(draft))).toEqual(draft);
      }),
      { numRuns: 60 },
    );
  });

  it('the doc stored as one update and loaded again is the same draft, and exports the same bytes', () => {
    fc.assert(
      fc.property(importedDraft, (draft) => {
        const loaded = new Y.Doc();
        Y.applyUpdate(loaded, draftToUpdate(draft));
        const back = read(loaded);
        expect(back).toEqual(draft);
        expect(exportMarkdown(back)).toBe(exportMarkdown(draft));
      }),
      { numRuns: 30 },
    );
  });

  it('doc -> draft -> doc: a doc made from what was read holds the same draft', () => {
    fc.assert(
      fc.property(anyDraft, (draft) => {
        const first = draftToDoc(draft);
        const again = draftToDoc(read(first));
        expect(plain(again)).toEqual(plain(first));
      }),
      { numRuns: 30 },
    );
  });

  it('a foreign-style file keeps its origin and its absent section through the doc', () => {
    const template = builtInTemplates.find((t) => t.id === 'data-platform-feature-spec')!;
    const { draft } = importMarkdown(foreignStyleSpec, template, { id: 'imported', now: fixtureNow });
    expect(draft.origin).not.toBeNull();
    const back = read(draftToDoc(draft));
    expect(back.origin).toEqual(draft.origin);
    expect(JSON.stringify(back.sections).includes('"absent":true')).toBe(true);
    expect(exportMarkdown(back)).toBe(foreignStyleSpec);
  });

  it('applying a changed draft makes the doc read as the changed draft', () => {
    fc.assert(
      fc.property(anyDraft, fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 4 }), (draft, edits) => {
        const doc = draftToDoc(draft);
        let previous = draft;
        for (const [pick, text] of edits) {
          const next = editAt(previous, pick, text);
          applyDraftChange(doc, previous, next);
          expect(read(doc)).toEqual(next);
          previous = next;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('applying an unrelated draft over a doc makes it read as that draft', () => {
    fc.assert(
      fc.property(anyDraft, anyDraft, (first, second) => {
        const doc = draftToDoc(first);
        applyDraftChange(doc, first, second);
        expect(read(doc)).toEqual(second);
      }),
      { numRuns: 40 },
    );
  });

  it('two docs edited at once in different texts, or in one text, end equal with both edits', () => {
    fc.assert(
      fc.property(arbitraryDraft(builtInTemplates, 'free'), fc.nat(), fc.nat(), fc.boolean(), (draft, pickA, pickB, sameText) => {
        const a = new Y.Doc();
        const b = new Y.Doc();
        Y.applyUpdate(a, draftToUpdate(draft));
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        // Texts merge character by character; plain values (`lang`, an item's `id`, a prose field's `markdown`) are last-writer-wins.
        const all = textPaths(draft);
        const paths = all.filter(isMergedText);
        const pathA = paths[pickA % paths.length]!;
        const pathB = sameText ? pathA : paths[pickB % paths.length]!;
        const editedA = editAt(draft, all.indexOf(pathA), '⟨alpha⟩', 'append');
        const editedB = editAt(draft, all.indexOf(pathB), '⟨beta⟩', 'prepend');
        applyDraftChange(a, draft, editedA);
        applyDraftChange(b, draft, editedB);
        Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        const merged = read(a);
        expect(read(b)).toEqual(merged);
        const text = JSON.stringify(merged);
        expect(text).toContain('⟨alpha⟩');
        expect(text).toContain('⟨beta⟩');
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
