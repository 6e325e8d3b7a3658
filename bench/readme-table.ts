import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:targets:start (written by npm run bench; edits here are replaced) -->';
const END = '<!-- bench:targets:end -->';

/**
 * Puts the latest run's targets table into the README between its two
 * markers, so the README shows the figures of the last `npm run bench` and
 * never a copy typed by hand. Returns false (and writes nothing) when the
 * README has no markers.
 */
export function writeReadmeTargets(readme: URL, intro: string, table: readonly string[]): boolean {
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return false;
  const body = [START, '', intro, '', ...table, '', END].join('\n');
  writeFileSync(readme, text.slice(0, from) + body + text.slice(to + END.length));
  return true;
}
