import { checkContentCaps, checkMarkdownSize } from '../draft/content-caps';
import { Draft, type DraftSection } from '../draft/draft-schema';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';

export type SourceResult = { ok: true; draft: Draft } | { ok: false; message: string };

/**
 * A draft whose whole document the user edited as Markdown (the source mode),
 * read back into the form: the text is imported into the draft's own template
 * (lossless import), so the draft's origin becomes exactly that text and an
 * export gives it back byte for byte. The draft keeps its id, name, creation
 * time and revision.
 *
 * What the export leaves out cannot be in the text, so it is kept from the
 * draft as it was: a switched-off section the text does not have comes back
 * switched off, with its content.
 *
 * Never a partial result: text that is empty, too large for a draft, or would not
 * come back from export as typed is refused with a message, and the caller
 * keeps the text.
 */
export function draftFromSource(draft: Draft, markdown: string, now: Date): SourceResult {
  const size = checkMarkdownSize(markdown);
  if (size) return { ok: false, message: `${size.message} Shorten it to go back to the form.` };
  if (markdown.trim() === '') return { ok: false, message: 'The Markdown is empty. Type the document, or undo (Ctrl+Z) to get its text back; the form keeps the draft as it was until then.' };

  const { draft: imported } = importMarkdown(markdown, draft.template, { id: draft.id, now });
  const next: Draft = {
    ...imported,
    name: draft.name,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    revision: draft.revision,
    sections: keepSwitchedOff(imported.sections, switchedOff(draft.sections)),
  };
  const caps = checkContentCaps(next);
  if (caps) return { ok: false, message: caps.message };
  const parsed = Draft.safeParse(next);
  if (!parsed.success) return { ok: false, message: `The Markdown cannot be read into this draft: ${parsed.error.issues[0]?.message ?? 'it does not fit the draft format'}.` };

  // The promise of the source mode: what the user typed is what the export gives.
  const exported = exportMarkdown(next);
  if (exported !== markdown) {
    return { ok: false, message: `The form cannot hold this Markdown as typed (line ${firstDifferentLine(markdown, exported)} would change); your text is kept here. Edit that line, or copy the text out before leaving.` };
  }
  return { ok: true, draft: next };
}

/** Switched-off sections of the draft, by id: their content is kept, and the export leaves them out. */
function switchedOff(sections: readonly DraftSection[], found = new Map<string, DraftSection>()): Map<string, DraftSection> {
  for (const section of sections) {
    if (!section.enabled && section.absent !== true) found.set(section.id, section);
    else switchedOff(section.children, found);
  }
  return found;
}

/** An absent section (one the text has not) that was switched off in the draft gets its old content back, still switched off. */
function keepSwitchedOff(sections: DraftSection[], off: Map<string, DraftSection>): DraftSection[] {
  if (off.size === 0) return sections;
  return sections.map((section) => {
    const kept = section.absent === true ? off.get(section.id) : undefined;
    if (kept) return kept;
    return { ...section, children: keepSwitchedOff(section.children, off) };
  });
}

/** The first line (from 1) where two texts differ. */
function firstDifferentLine(a: string, b: string): number {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return a.slice(0, k).split('\n').length;
}
