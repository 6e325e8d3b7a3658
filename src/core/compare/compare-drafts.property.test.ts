import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { arbitraryDraft } from '../markdown/__fixtures__/arbitrary-draft';
import { allTemplates } from '../markdown/__fixtures__/load-templates';
import { applyChanges } from './apply-changes';
import { compareDrafts } from './compare-drafts';

const content = (d: Draft) => ({ name: d.name, titleText: d.titleText, frontmatter: d.frontmatter, metadata: d.metadata, preamble: d.preamble, sections: d.sections, footer: d.footer });

/** Two random drafts of one template: different values, group items added and removed, sections switched off. */
const sameTemplatePair = fc.constantFrom(...allTemplates).chain((t) => fc.tuple(arbitraryDraft([t], 'free'), arbitraryDraft([t], 'free')));
/** A draft and one that had a few of its values edited: the usual case, most of the document shared. */
const editedPair = arbitraryDraft(allTemplates, 'free').chain((old) =>
  fc.tuple(fc.constant(old), arbitraryDraft([old.template], 'free'), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 })).map(([a, b, pick]) => {
    // Take each top section from the other draft or keep it: a few sections changed, the rest shared.
    const sections = a.sections.map((s, k) => (pick[k % pick.length] ? (b.sections.find((x) => x.id === s.id) ?? s) : s));
    return [a, { ...a, sections, titleText: pick[63] ? b.titleText : a.titleText }] as const;
  }),
);

describe('compareDrafts then applyChanges', () => {
  it('gives the new draft back from the old one, on random pairs of drafts of one template', () => {
    fc.assert(
      fc.property(sameTemplatePair, ([before, after]) => {
        expect(content(applyChanges(before, compareDrafts(before, after)))).toEqual(content(after));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the new draft back for drafts that share most of their text', () => {
    fc.assert(
      fc.property(editedPair, ([before, after]) => {
        expect(content(applyChanges(before, compareDrafts(before, after)))).toEqual(content(after));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the new draft back across two templates (blocks and sections replaced where they do not match)', () => {
    fc.assert(
      fc.property(arbitraryDraft(allTemplates, 'free'), arbitraryDraft(allTemplates, 'free'), (before, after) => {
        expect(content(applyChanges(before, compareDrafts(before, after)))).toEqual(content(after));
      }),
      { numRuns: 60 },
    );
  });

  it('finds no change between a draft and itself', () => {
    fc.assert(
      fc.property(arbitraryDraft(allTemplates, 'free'), (draft) => {
        expect(compareDrafts(draft, structuredClone(draft)).changes).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
