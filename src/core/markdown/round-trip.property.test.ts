import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDraft } from './__fixtures__/arbitrary-draft';
import { allTemplates } from './__fixtures__/load-templates';
import { exportMarkdown } from './export-markdown';
import { importMarkdown } from './import-markdown';

const now = new Date('2026-11-21T09:30:00Z');

/*
 * export -> import -> export gives the same Markdown, for random drafts of
 * all nine templates: one-line values of any characters, values with
 * Markdown's own characters (brackets,
 * pipes, backticks, asterisks, `[NEEDS CLARIFICATION: ...]`, `<package>`,
 * `#`, `---`, `<!-- -->`), empty values, prose with several paragraphs,
 * lists, tables, code, quotes, hard breaks and headings, switched-off
 * sections, added and removed group items, any frontmatter string.
 *
 * Where Markdown needs an escape the export adds it and the import takes it
 * off: `\|` in table cells and before `**` on a field line, `\#` for a
 * heading's trailing ` #`, `\--` for a bullet of dashes, a longer fence
 * around code with backticks, a padded code span for a wrapped value with
 * backticks, `<br>` for a line break in a cell, an empty comment between
 * two lists Markdown would join, quotes for YAML.
 *
 * Field values and ID'd items may hold line breaks of any kind (`\n`,
 * `\r\n`, a lone `\r`) before lines that read as a heading, a list or a
 * quote: the export writes such a value on one line, as Markdown renders it.
 *
 * What the generator keeps to, because the format cannot say it otherwise
 * (see __fixtures__/arbitrary-draft.ts):
 * - A value shown in a code span (`**Feature Branch**: \`x\``) has no
 *   ` | **`: the field line splits there, and backslashes do not escape in
 *   code spans.
 * - A definition term does not end with `:` (`**Term:**:` reads as `Term`).
 * - A section is renamed only where the editor lets a user rename it (a
 *   placeholder in its title, a group item), keeping the heading's fixed
 *   words: a renamed `Edge Cases` is a section the template does not have.
 * - No U+2028 or U+2029 outside frontmatter and code. Markdown reads them as
 *   plain characters, but the engine's scanner matches lines with `(.*)$`,
 *   which stops at them (an engine limit, not the format's).
 *
 * Round trips that are stable as text but give a different draft (so the
 * `exact` drafts of the equality tests avoid them): a heading in prose comes
 * back nested under its section; prose next to a block of the same kind may
 * hand it a list or table it ends with (same text, other value); a
 * one-line value loses leading and trailing blanks; trailing blanks and
 * blank-line runs in prose are normalised, a hard break written with a
 * backslash comes back as two spaces; empty items, rows and values come back
 * as absent; a field value or ID'd item's line breaks come back as
 * spaces; a switched-off or empty optional section comes back off and
 * empty; a bold term with a `*` in it comes back as plain text.
 */
describe('export -> import -> export', () => {
  it('is stable for random drafts of all nine templates', () => {
    fc.assert(
      fc.property(arbitraryDraft(allTemplates, 'free'), (draft) => {
        const first = exportMarkdown(draft);
        const { draft: imported } = importMarkdown(first, draft.template, { id: 'imported', now });
        expect(exportMarkdown(imported)).toBe(first);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
