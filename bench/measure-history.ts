import type { Draft, DraftSection } from '../src/core/draft/draft-schema';
import { applyChanges } from '../src/core/compare/apply-changes';
import { compareDrafts } from '../src/core/compare/compare-drafts';
import { describeChanges } from '../src/core/compare/describe-changes';
import { packSnapshot } from '../src/core/history/pack-snapshot';
import { exportMarkdown } from '../src/core/markdown/export-markdown';
import { filledDraft, round2, timeMedian } from './measure-export';

export type HistoryFigures = {
  sections: number;
  versions: number;
  /** The draft as JSON, uncompressed (KB). */
  draftJsonKb: number;
  /** One version's compressed content (KB). */
  snapshotKb: number;
  /** The compressed template snapshot, stored once for all the versions (KB). */
  templateKb: number;
  /** All the versions together, as the history stores them: every content snapshot and the one template (KB). */
  storedKb: number;
  /** The same versions stored as whole compressed drafts, template and all, for comparison (KB). */
  wholeDraftsKb: number;
};

export type CompareFigures = {
  sections: number;
  /** compareDrafts + describeChanges between two versions a few edits apart, median (ms). */
  compareMs: number;
  /** exportMarkdown of the same draft, median (ms). */
  exportMs: number;
  changes: number;
};

/** Every `markdown` and `text` value of section `k` (counting all sections depth first) with `suffix` added: one edit session. */
function editSection(draft: Draft, k: number, suffix: string): Draft {
  let n = 0;
  const walk = (sections: DraftSection[]): DraftSection[] =>
    sections.map((s) => {
      const mine = n++ === k;
      return {
        ...s,
        blocks: mine ? s.blocks.map((b) => (b.kind === 'prose' ? { ...b, markdown: `${b.markdown} ${suffix}` } : b.kind === 'idList' ? { ...b, items: b.items.map((i) => ({ ...i, text: `${i.text} ${suffix}` })) } : b)) : s.blocks,
        children: walk(s.children),
      };
    });
  return { ...draft, sections: walk(draft.sections) };
}

/** Bytes for `versions` versions of a filled draft of about `sections` sections, each a few edits after the last. */
export function measureHistory(sections: number, versions: number): HistoryFigures {
  let draft = filledDraft(sections * 0.9);
  const count = draft.sections.length;
  let stored = 0;
  let one = 0;
  let template = 0;
  let whole = 0;
  for (let v = 0; v < versions; v++) {
    draft = editSection(editSection(draft, (v * 7) % count, `edit ${v}`), (v * 13 + 3) % count, `more ${v}`);
    const packed = packSnapshot(draft);
    stored += packed.content.byteLength;
    one = packed.content.byteLength;
    template = packed.template.byteLength;
    whole += packed.content.byteLength + packed.template.byteLength;
  }
  const kb = (bytes: number) => round2(bytes / 1024);
  return { sections: count, versions, draftJsonKb: kb(JSON.stringify(draft).length), snapshotKb: kb(one), templateKb: kb(template), storedKb: kb(stored + template), wholeDraftsKb: kb(whole) };
}

export function measureCompare(sections: number, runs: number): CompareFigures {
  const before = filledDraft(sections * 0.9);
  let after = before;
  for (let k = 0; k < 10; k++) after = editSection(after, k * 17, `reworded ${k}`);
  const list = compareDrafts(before, after);
  if (JSON.stringify(applyChanges(before, list).sections) !== JSON.stringify(after.sections)) throw new Error('the change list does not give the new version back');
  const compareMs = timeMedian(runs, () => describeChanges(compareDrafts(before, after), before, after));
  const exportMs = timeMedian(runs, () => exportMarkdown(after));
  return { sections: before.sections.length, compareMs: round2(compareMs), exportMs: round2(exportMs), changes: describeChanges(list, before, after).length };
}
