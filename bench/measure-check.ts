import { readdirSync, readFileSync } from 'node:fs';
import { Marked } from 'marked';
import { checkMarkdown } from '../src/cli/check-markdown';
import { loadTemplates } from '../src/cli/load-templates';
import { round2 } from './measure-export';

export type CheckFigures = {
  specs: number;
  /** All the specs together (KB). */
  kb: number;
  /** specwright check's core path on every spec (template matched by structure, imported, validated), median (ms). */
  checkMs: number;
  /** marked lexing and parsing the same specs to HTML, median (ms). */
  markedMs: number;
  ratio: number;
};

const fixtures = new URL('../src/core/markdown/__fixtures__/', import.meta.url);

/**
 * `count` specs, the fixture specs over and over, each with its own title (so
 * no two are the same text), checked as `specwright check` checks a file
 * once it is read (checkMarkdown against the built-in templates), against
 * marked parsing the same texts, in turns; the ratio is the median of the
 * runs' ratios. Files are read before either is timed.
 */
export async function measureCheck(count: number, runs: number): Promise<CheckFigures> {
  const sources = readdirSync(fixtures)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(new URL(f, fixtures), 'utf8'));
  const specs = Array.from({ length: count }, (_, k) => sources[k % sources.length]!.replace(/^# (.+)$/m, `# $1 (${k + 1})`));
  const templates = (await loadTemplates(null)).map((t) => t.template);
  const marked = new Marked({ gfm: true });
  const check = () => specs.forEach((text) => checkMarkdown(text, templates, null));
  const parse = () => specs.forEach((text) => marked.parse(text));
  // In turns, one of each per run, so a busy moment of the machine weighs on both sides alike.
  check();
  parse(); // warm up the JIT
  const time = (work: () => void) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  const pairs = Array.from({ length: runs }, () => [time(check), time(parse)] as const);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const kb = Math.round(specs.reduce((n, s) => n + s.length, 0) / 1024);
  return {
    specs: count,
    kb,
    checkMs: Math.round(median(pairs.map(([ours]) => ours))),
    markedMs: Math.round(median(pairs.map(([, theirs]) => theirs))),
    ratio: round2(median(pairs.map(([ours, theirs]) => ours / theirs))),
  };
}
