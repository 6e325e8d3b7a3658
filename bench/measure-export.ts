import { Marked } from 'marked';
import type { Draft } from '../src/core/draft/draft-schema';
import { exportMarkdown } from '../src/core/markdown/export-markdown';
import { validateDraft } from '../src/core/validate/validate-draft';
import { draftWithSections } from './measure-editor';

export type ExportFigures = {
  /** Size of the exported Markdown (KB). */
  kb: number;
  /** exportMarkdown + validateDraft, median (ms). */
  exportAndValidateMs: number;
  /** marked lexing and parsing the same Markdown to HTML, median (ms). */
  markedMs: number;
  ratio: number;
};

/** A draft whose export is about `targetKb` KB: every value filled with real-looking text. */
export function filledDraft(targetKb: number): Draft {
  const sections = Math.max(1, Math.round(targetKb / 0.9)); // about 0.9 KB of Markdown a filled section
  const draft = draftWithSections(sections, `export-${targetKb}`);
  const sentence = 'The ingestion service MUST record each run as a timestamped event within 250 ms p95, keyed by pipeline and external run id.';
  const fill = (text: string) => (text === '' || text.includes('[') ? sentence : text);
  return JSON.parse(
    JSON.stringify({ ...draft, titleText: 'Run history ingestion' }, (key, value: unknown) => {
      if (key === 'template' || key === 'blockId' || key === 'id' || key === 'templateSectionId') return value;
      if (typeof value === 'string' && ['markdown', 'text', 'given', 'when', 'then', 'term'].includes(key)) return fill(value);
      return value;
    }),
  ) as Draft;
}

export function measureExport(targetKb: number, runs: number): ExportFigures {
  const draft = filledDraft(targetKb);
  const markdown = exportMarkdown(draft);
  const marked = new Marked({ gfm: true });
  const ours = timeMedian(runs, () => {
    exportMarkdown(draft);
    validateDraft(draft);
  });
  const theirs = timeMedian(runs, () => marked.parse(markdown));
  return { kb: Math.round(markdown.length / 1024), exportAndValidateMs: round2(ours), markedMs: round2(theirs), ratio: round2(ours / theirs) };
}

export function timeMedian(runs: number, work: () => unknown): number {
  for (let k = 0; k < 3; k++) work(); // warm up the JIT
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
