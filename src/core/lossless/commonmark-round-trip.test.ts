import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { setTitleText } from '../draft/section-edits';
import { fixtureNow } from '../markdown/__fixtures__/fill-draft';
import { templateById } from '../markdown/__fixtures__/load-templates';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';
import { mergeMarkdown } from './merge-markdown';

type Example = { markdown: string; html: string; number: number; section: string };
const { tests: examples } = createRequire(import.meta.url)('commonmark-spec') as { tests: Example[] };

const template = templateById('data-platform-feature-spec');
const html = (markdown: string) => micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });

/**
 * Every example of the CommonMark spec, as the body of an imported document
 * (a title line, then the example): what the importer makes of it does not
 * matter, the file comes back. After an edit of the title, only the title
 * line differs and the example still renders as the spec says.
 */
describe('the CommonMark spec examples, imported and exported', () => {
  it(`all ${examples.length} come back byte for byte, and after a title edit render as the spec says`, () => {
    const failed: number[] = [];
    for (const example of examples) {
      const file = `# Feature Specification: Example ${example.number}\n\n${example.markdown}`;
      const { draft } = importMarkdown(file, template, { id: 'imported', now: fixtureNow });
      if (exportMarkdown(draft) !== file) {
        failed.push(example.number);
        continue;
      }
      const edited = exportMarkdown(setTitleText(draft, `Edited ${example.number}`));
      const [title, ...rest] = edited.split('\n');
      if (title !== `# Feature Specification: Edited ${example.number}` || html(rest.join('\n')) !== html(file.split('\n').slice(1).join('\n'))) failed.push(example.number);
    }
    expect(examples.length).toBeGreaterThan(600);
    expect(failed).toEqual([]);
  }, 60_000);
});

/**
 * mergeMarkdown on every example: a paragraph added before or after it, the
 * merged text means what the edited text means (the same HTML), however the
 * example is written (tabs, lazy lines, open fences, HTML, references).
 */
describe('mergeMarkdown on the CommonMark spec examples', () => {
  it('an added paragraph before or after: the merge renders as the edited text does', () => {
    const failed: string[] = [];
    for (const example of examples) {
      const original = example.markdown.replace(/\n$/, '');
      for (const [where, edited] of [
        ['after', `${original}\n\nAdded paragraph.`],
        ['before', `Added paragraph.\n\n${original}`],
      ] as const) {
        if (html(mergeMarkdown(original, edited)).trimEnd() !== html(edited).trimEnd()) failed.push(`${example.number} ${where}`);
      }
    }
    expect(failed).toEqual([]);
  }, 60_000);
});
