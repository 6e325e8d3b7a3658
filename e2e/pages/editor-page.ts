import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './names';
import { LibraryPage } from './library-page';

/** Text for a prose field: plain runs, and runs made bold with the toolbar's Bold button or Ctrl/Cmd+B. */
export type ProseRun = string | { bold: string };

/** The editor for one draft, at /drafts/:id. */
export class EditorPage {
  readonly outline: Locator;
  /** "Saving…", "Saved" or "Not saved" beside the template's name. */
  readonly saveState: Locator;
  readonly documentFields: Locator;
  readonly undoNotice: Locator;
  readonly undoButton: Locator;
  readonly notFound: Locator;

  constructor(readonly page: Page) {
    this.outline = page.getByRole('navigation', { name: 'Sections' });
    this.saveState = page.getByRole('status').filter({ hasText: /^(Saving…|Saved|Not saved)$/ });
    this.documentFields = page.getByRole('region', { name: 'Document', exact: true });
    this.undoNotice = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Undo', exact: true }) });
    this.undoButton = this.undoNotice.getByRole('button', { name: 'Undo', exact: true });
    this.notFound = page.getByRole('heading', { level: 1, name: 'Draft not found' });
  }

  /** From the first screen, Start draft from a template; resolves with the new draft's id once it is stored. */
  async startDraft(templateName: string): Promise<string> {
    const library = new LibraryPage(this.page);
    await library.goto();
    await this.page.getByRole('button', { name: `Start draft from ${templateName}`, exact: true }).click();
    await expect(this.page).toHaveURL(/\/drafts\/[^/]+$/);
    await expect(this.title(`Untitled ${templateName}`)).toBeVisible();
    await this.waitUntilSaved();
    return this.draftId();
  }

  async goto(id: string) {
    await this.page.goto(`/drafts/${id}`);
    await expect(this.saveState).toBeVisible();
  }

  draftId(): string {
    const id = /\/drafts\/([^/?#]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`Not on a draft: ${this.page.url()}`);
    return decodeURIComponent(id);
  }

  /** The draft's name at the top of the page. */
  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** The title line's text box in the Document fields ("Title", with the template's prefix if it has one). */
  get titleInput(): Locator {
    return this.documentFields.getByRole('textbox', { name: /^Title\b/ });
  }

  /** A section's link in the outline beside the form; its name goes on with the section's state ("…, started"). */
  outlineLink(heading: string): Locator {
    return this.outline.getByRole('link', { name: new RegExp(`^${escapeRegExp(heading)}\\s*,`) });
  }

  /**
   * A section, found by its heading (the section is a region named by it, code
   * spans without their backticks); includes its subsections.
   */
  section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** An input, select or text area by its label, in `within` (a section) or anywhere on the page. */
  field(label: string, within: Locator | Page = this.page): Locator {
    return within.getByLabel(label, { exact: true });
  }

  /** A block with a bold label line (`**In Scope:**`), shown as a group named by it. */
  group(label: string, within: Locator | Page = this.page): Locator {
    return within.getByRole('group', { name: label, exact: true });
  }

  async fill(label: string, value: string, within?: Locator) {
    await this.field(label, within).fill(value);
  }

  /**
   * A rich-text field: static HTML at rest, the live editor once pressed. Named
   * by its label, or, for a prose block without one, by its section's heading.
   */
  prose(label: string, within: Locator | Page = this.page): Locator {
    return within.getByRole('textbox', { name: label, exact: true });
  }

  /** The formatting toolbar of the live prose editor (there is one at a time). */
  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: /^Formatting for / });
  }

  /**
   * Presses a prose field, replaces its text with `runs` as a person types them
   * (bold runs toggled with the toolbar button or the shortcut), and leaves with Escape.
   */
  /** Focuses a prose field's live editor and deletes what it holds, ready for typing. */
  async clearProse(field: Locator) {
    await field.click();
    await expect(field).toHaveAttribute('contenteditable', 'true');
    await expect(field).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
  }

  async writeProse(field: Locator, runs: ProseRun[], boldWith: 'toolbar' | 'shortcut' = 'toolbar') {
    await this.clearProse(field);
    const bold = this.toolbar.getByRole('button', { name: 'Bold', exact: true });
    const toggleBold = async (on: boolean) => {
      if (boldWith === 'toolbar') await bold.click();
      else await this.page.keyboard.press('ControlOrMeta+b');
      await expect(bold).toHaveAttribute('aria-pressed', String(on));
    };
    for (const run of runs) {
      if (typeof run === 'string') {
        await this.page.keyboard.type(run);
      } else {
        await toggleBold(true);
        await this.page.keyboard.type(run.bold);
        await toggleBold(false);
      }
    }
    await this.page.keyboard.press('Escape');
    await expect(field).not.toHaveAttribute('contenteditable', 'true');
  }

  /** The Include switch of a conditional or optional section (the first one inside it is its own). */
  includeSwitch(section: Locator): Locator {
    return section.getByRole('switch', { name: 'Include', exact: true }).first();
  }

  /** "+ Add user story", "+ Add requirement": adds an item to a repeatable group. */
  addGroupItemButton(label: string): Locator {
    return this.page.getByRole('button', { name: `+ Add ${label}`, exact: true });
  }

  /** Remove a repeatable item (a user story, a requirement) by its heading. */
  removeSectionButton(heading: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${heading}`, exact: true });
  }

  /** Waits until every change is written to IndexedDB. */
  async waitUntilSaved() {
    await expect(this.saveState).toHaveText('Saved');
  }

  /** Reloads the page and waits until the draft is shown from storage. */
  async reload() {
    await this.page.reload();
    await expect(this.saveState).toHaveText('Saved');
  }

  /** The Edit / Preview / Split / Source switch in the action bar (Split on wide screens only). */
  viewButton(view: 'Edit' | 'Preview' | 'Split' | 'Source'): Locator {
    return this.page.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: view, exact: true });
  }

  /** The editor's actions (views, Checks, Download, Copy, Share), docked at every scroll position. */
  get actionBar(): Locator {
    return this.page.getByRole('group', { name: 'Draft actions', exact: true });
  }

  /** Split's right half: the live preview in a pane of its own. */
  get splitPane(): Locator {
    return this.page.getByRole('region', { name: 'Live preview', exact: true });
  }

  /** The source mode's code editor (CodeMirror's editable content). */
  get sourceEditor(): Locator {
    return this.page.getByRole('textbox', { name: 'Markdown source of the draft', exact: true });
  }

  /** Why the source mode's text could not be read back into the form. */
  get sourceProblem(): Locator {
    return this.page.locator('.source-mode').getByRole('alert');
  }

  /** Downloads the export, through "Download anyway" when the checks find errors. */
  async downloadExport(): Promise<{ name: string; text: string }> {
    return this.download(async () => {
      await this.downloadButton.click();
      const anyway = this.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true });
      if (await this.exportConfirm.isVisible()) await anyway.click();
    });
  }

  /** The rendered export, shown instead of the form in Preview. */
  get preview(): Locator {
    return this.page.getByRole('article', { name: 'Preview of the exported Markdown', exact: true });
  }

  /** The toolbar button that counts the problems ("3 errors · 1 warning", "No problems") and opens the Checks panel. */
  get checksButton(): Locator {
    return this.page.getByRole('button', { name: /^(Checks|No problems|\d+ errors? · \d+ warnings?)$/ });
  }

  /** The Checks panel, once opened with the checks button. */
  get checksPanel(): Locator {
    return this.page.getByRole('region', { name: 'Checks', exact: true });
  }

  /** A finding in the Checks panel, by its text after "Error:" or "Warning:"; pressing it goes to its field. */
  finding(severity: 'Error' | 'Warning', message: string | RegExp): Locator {
    const text = typeof message === 'string' ? escapeRegExp(message) : message.source;
    return this.checksPanel.getByRole('button', { name: new RegExp(`^${severity}: ${text}`) });
  }

  /** Errors and warnings as the checks button counts them, once the checks have run. */
  /** The counts on the Checks button once they have caught up with the last edit. */
  async problemCounts(): Promise<{ errors: number; warnings: number }> {
    await expect(this.checksButton).not.toHaveText('Checks');
    await expect(this.checksButton).toHaveAttribute('aria-busy', 'false');
    const text = (await this.checksButton.textContent()) ?? '';
    if (text === 'No problems') return { errors: 0, warnings: 0 };
    const match = /^(\d+) errors? · (\d+) warnings?$/.exec(text);
    if (!match) throw new Error(`Unexpected checks button text: ${text}`);
    return { errors: Number(match[1]), warnings: Number(match[2]) };
  }

  get downloadButton(): Locator {
    return this.page.getByRole('button', { name: 'Download .md', exact: true });
  }

  get copyButton(): Locator {
    return this.page.getByRole('button', { name: 'Copy Markdown', exact: true });
  }

  /** What the last Download or Copy did ("Downloaded 001-x-spec.md.", "Markdown copied to the clipboard."). */
  get exportStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Downloaded |Markdown copied|The browser did not allow copying)/ });
  }

  /** "Export with N errors?": asked before a Download or Copy while the checks find errors. */
  get exportConfirm(): Locator {
    return this.page.getByRole('dialog', { name: /^Export with \d+ errors?\?$/ });
  }

  /** Runs `trigger` (which ends in a download) and resolves with the file's suggested name and its text. */
  async download(trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  get shareButton(): Locator {
    return this.page.getByRole('button', { name: 'Share', exact: true });
  }

  get shareDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Share this draft', exact: true });
  }

  /** The link in the Share dialog; its label says how long it is ("Link (1,234 characters)"). */
  get shareLink(): Locator {
    return this.shareDialog.getByRole('textbox', { name: /^Link \([\d,]+ characters\)$/ });
  }

  /** Opens the Share dialog and resolves with the link it offers. */
  async shareLinkUrl(): Promise<string> {
    await this.shareButton.click();
    await expect(this.shareDialog).toBeVisible();
    return this.shareLink.inputValue();
  }
}
