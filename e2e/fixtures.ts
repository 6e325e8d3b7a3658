import { readFile } from 'node:fs/promises';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sectionName(title: string): RegExp {
  return new RegExp(`^${escapeRegExp(title)}(?: (?:Mandatory|Conditional|Optional))?$`);
}

/** The first screen: one card per built-in template. */
export class PickerPage {
  readonly heading: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Start from a template' });
    this.cards = page.getByRole('list', { name: 'Templates' }).getByRole('article');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  async cardNames(): Promise<string[]> {
    return this.cards.getByRole('heading', { level: 2 }).allInnerTexts();
  }

  previewLink(name: string): Locator {
    return this.page.getByRole('link', { name: `Preview outline of ${name}`, exact: true });
  }

  startDraftButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Start draft from ${name}`, exact: true });
  }

  async openOutline(name: string) {
    await this.previewLink(name).click();
  }
}

/** The drafts library on the first screen, above the templates. */
export class LibraryPage {
  readonly region: Locator;
  readonly empty: Locator;
  readonly drafts: Locator;
  readonly search: Locator;
  readonly sort: Locator;
  readonly deletedToast: Locator;
  readonly undoButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Your drafts' });
    this.empty = this.region.getByText('No drafts yet');
    this.drafts = this.region.getByRole('list', { name: 'Drafts' }).getByRole('article');
    this.search = this.region.getByRole('searchbox', { name: 'Search drafts' });
    this.sort = this.region.getByRole('combobox', { name: 'Sort by' });
    this.deletedToast = page.getByRole('status').filter({ hasText: 'Draft deleted' });
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  }

  /** Opens / and waits until the stored drafts have loaded. */
  async goto() {
    await this.page.goto('/');
    await this.waitForLoad();
  }

  async waitForLoad() {
    await expect(this.region.getByText('Loading your drafts')).toHaveCount(0);
    await expect(this.empty.or(this.drafts.first())).toBeVisible();
  }

  draft(title: string): Locator {
    return this.region.getByRole('article', { name: title, exact: true });
  }

  async titles(): Promise<string[]> {
    return this.drafts.getByRole('heading', { level: 3 }).allInnerTexts();
  }

  openLink(title: string): Locator {
    return this.region.getByRole('link', { name: `Open ${title}`, exact: true });
  }

  renameButton(title: string): Locator {
    return this.region.getByRole('button', { name: `Rename ${title}`, exact: true });
  }

  renameInput(title: string): Locator {
    return this.region.getByRole('textbox', { name: `New name for ${title}`, exact: true });
  }

  duplicateButton(title: string): Locator {
    return this.region.getByRole('button', { name: `Duplicate ${title}`, exact: true });
  }

  deleteButton(title: string): Locator {
    return this.region.getByRole('button', { name: `Delete ${title}`, exact: true });
  }

  async rename(title: string, name: string) {
    await this.renameButton(title).click();
    await this.renameInput(title).fill(name);
    await this.renameInput(title).press('Enter');
    await expect(this.draft(name)).toBeVisible();
  }
}

/** A draft at /drafts/:id. */
export class DraftPage {
  constructor(readonly page: Page) {}

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
}

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
  async writeProse(field: Locator, runs: ProseRun[], boldWith: 'toolbar' | 'shortcut' = 'toolbar') {
    await field.click();
    await expect(field).toHaveAttribute('contenteditable', 'true');
    await expect(field).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
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

  /** The Edit / Preview switch above the draft. */
  viewButton(view: 'Edit' | 'Preview'): Locator {
    return this.page.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: view, exact: true });
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

/** The `drafts` object store of the app's IndexedDB database, read and written the way the app does. */
export class DraftDatabase {
  constructor(readonly page: Page) {}

  /**
   * Creates the database as version 1 of the app did (version 1, store
   * `drafts` keyed by `id`) and stores `records`, before the app has opened it.
   * Call on a page of the app's origin that does not run the app (a static file).
   */
  async seedVersion1(records: Record<string, unknown>[]) {
    await this.page.evaluate(
      (values) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('specwright', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('drafts', { keyPath: 'id' });
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            for (const value of values) tx.objectStore('drafts').put(value);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      records,
    );
  }

  async put(record: Record<string, unknown>) {
    await this.write(record, false);
  }

  /**
   * Stores the record `json` is the text of, parsed in the page: keys such as
   * `__proto__` stay own keys, as they do in a record read back from storage.
   */
  async putJson(json: string) {
    await this.write(json, true);
  }

  private async write(value: unknown, isJson: boolean) {
    await this.page.evaluate(
      (arg) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put(arg.isJson ? JSON.parse(arg.value as string) : arg.value);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { value, isJson },
    );
  }

  async get(id: string): Promise<unknown> {
    return this.page.evaluate(
      (key) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('drafts').objectStore('drafts').get(key);
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      id,
    );
  }

  /**
   * Drafts stored in this context, without creating the database when the app
   * never made it (an open that would create it is aborted): 0 either way.
   */
  async countWithoutCreating(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          let created = false;
          open.onupgradeneeded = () => {
            created = true;
            open.transaction?.abort();
          };
          open.onerror = () => (created ? resolve(0) : reject(open.error));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('drafts')) {
              db.close();
              resolve(0);
              return;
            }
            const request = db.transaction('drafts').objectStore('drafts').count();
            request.onsuccess = () => {
              db.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  async count(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('drafts').objectStore('drafts').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}

/** /shared#s1.…: a draft someone shared, read-only, or why its link cannot be opened. */
export class SharedDraftPage {
  readonly badge: Locator;
  readonly saveButton: Locator;
  readonly content: Locator;
  /** The page shown instead when the link cannot be opened. */
  readonly error: Locator;
  /** Why, in the codec's words (share-error.ts). */
  readonly errorMessage: Locator;
  readonly nothingSaved: Locator;
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.badge = page.getByText('Shared with you · read-only', { exact: true });
    this.saveButton = page.getByRole('button', { name: 'Save as my draft', exact: true });
    this.content = page.getByRole('article', { name: 'The shared draft', exact: true });
    this.error = page.getByRole('region', { name: 'This link cannot be opened', exact: true });
    this.errorMessage = this.error.getByRole('paragraph').first();
    this.nothingSaved = this.error.getByText('Nothing was saved, and your own drafts are untouched.', { exact: true });
    this.homeLink = this.error.getByRole('link', { name: 'Go to your drafts', exact: true });
  }

  /** Opens a link (a full URL or a path such as `/shared#s1.…`). */
  async goto(link: string) {
    await this.page.goto(link);
    await expect(this.badge.or(this.error)).toBeVisible();
  }

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
}

/** /import: a Markdown spec pasted, chosen or dropped, matched to a template, made a draft. */
export class ImportPage {
  readonly heading: Locator;
  readonly markdown: Locator;
  readonly fileInput: Locator;
  readonly fileMessage: Locator;
  readonly template: Locator;
  readonly report: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import a Markdown spec', exact: true });
    this.markdown = page.getByRole('textbox', { name: 'Markdown', exact: true });
    this.fileInput = page.getByLabel('Or choose a file', { exact: true });
    this.fileMessage = page.getByRole('status').filter({ hasText: /^(Read “|“)/ });
    this.template = page.getByRole('combobox', { name: 'Template', exact: true });
    this.report = page.getByRole('list', { name: 'What the import found', exact: true });
    this.createButton = page.getByRole('button', { name: 'Create draft', exact: true });
  }

  async goto() {
    await this.page.goto('/import');
    await expect(this.heading).toBeVisible();
  }

  /** The options of the Template select, best match first ("Data platform feature spec — 14 of 14 headings match"). */
  async templateOptions(): Promise<string[]> {
    return this.template.getByRole('option').allTextContents();
  }
}

/** A template's outline at /templates/:id. */
export class OutlinePage {
  readonly outline: Locator;
  readonly backLink: Locator;
  readonly startDraftButton: Locator;

  constructor(readonly page: Page) {
    this.outline = page.getByRole('region', { name: 'Section outline' });
    this.backLink = page.getByRole('link', { name: 'All templates' });
    this.startDraftButton = page.getByRole('button', { name: /^Start draft from / });
  }

  async goto(id: string) {
    await this.page.goto(`/templates/${id}`);
    await expect(this.outline).toBeVisible();
  }

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** A section's heading; its accessible name is the title followed by its badge, if any. */
  section(title: string): Locator {
    return this.outline.getByRole('heading', { name: sectionName(title) });
  }

  /** The heading of a repeatable group, e.g. `User Story`, named "User Story 3 items, repeatable". */
  repeatableGroup(label: string): Locator {
    return this.outline.getByRole('heading', { name: new RegExp(`^${escapeRegExp(label)} \\d+ items?, repeatable$`) });
  }

  /**
   * The list item holding a section: its heading, condition, contents, guidance
   * and subsections. Every ancestor item holds the heading too; the innermost comes last.
   */
  sectionItem(title: string): Locator {
    const heading = this.page.getByRole('heading', { name: sectionName(title) });
    return this.outline.getByRole('listitem').filter({ has: heading }).last();
  }

  guidanceToggle(sectionTitle: string): Locator {
    return this.outline.getByText(`Guidance for ${sectionTitle}`, { exact: false });
  }
}

/** /templates/new and /templates/:id/replace: a template's Markdown pasted, chosen or dropped, previewed, then saved. */
export class AddTemplatePage {
  readonly heading: Locator;
  readonly addLink: Locator;
  readonly markdown: Locator;
  readonly fileInput: Locator;
  /** "Read “x.md”." after a file is taken. */
  readonly fileRead: Locator;
  /** Why a file was refused (too big, empty, binary). */
  readonly refusal: Locator;
  readonly problems: Locator;
  readonly noProblems: Locator;
  readonly nameInput: Locator;
  readonly descriptionInput: Locator;
  readonly saveButton: Locator;
  readonly outline: Locator;
  readonly fields: Locator;
  readonly placeholders: Locator;
  readonly idLists: Locator;
  readonly groups: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^(Add your own template|Replace “.+” with a new version)$/ });
    this.addLink = page.getByRole('link', { name: 'Add your own template', exact: true });
    this.markdown = page.getByRole('textbox', { name: 'Template Markdown', exact: true });
    this.fileInput = page.getByLabel('Or choose a .md file', { exact: true });
    this.fileRead = page.getByRole('status').filter({ hasText: /^Read “/ });
    this.refusal = page.getByRole('alert').filter({ hasText: /^“/ });
    this.problems = page.getByRole('list', { name: 'Problems found', exact: true });
    this.noProblems = page.getByRole('status').filter({ hasText: /^No problems found\.$/ });
    this.nameInput = page.getByRole('textbox', { name: 'Name', exact: true });
    this.descriptionInput = page.getByRole('textbox', { name: 'Description', exact: true });
    this.saveButton = page.getByRole('button', { name: /^(Save template|Replace template)$/ });
    this.outline = page.getByRole('region', { name: 'Section outline', exact: true });
    this.fields = page.getByRole('list', { name: 'Fields found', exact: true });
    this.placeholders = page.getByRole('list', { name: 'Placeholders found', exact: true });
    this.idLists = page.getByRole('list', { name: 'ID’d lists found', exact: true });
    this.groups = page.getByRole('list', { name: 'Repeatable groups found', exact: true });
  }

  /** From the first screen, by the "Add your own template" link. */
  async goto() {
    const library = new LibraryPage(this.page);
    await library.goto();
    await this.addLink.click();
    await expect(this.heading).toHaveText('Add your own template');
  }

  /** A section in the preview's outline; its accessible name is the title followed by its badge, if any. */
  outlineSection(title: string): Locator {
    return this.outline.getByRole('heading', { name: sectionName(title) });
  }

  async paste(markdown: string) {
    await this.markdown.fill(markdown);
  }

  async upload(name: string, content: string | Buffer) {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/markdown', buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
  }

  /** Drops a file on the page (anywhere, not on a target), as a person drags one from their desktop. */
  async drop(name: string, content: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ fileName, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], fileName, { type: 'text/markdown' }));
        return transfer;
      },
      { fileName: name, text: content },
    );
    await this.page.locator('main').dispatchEvent('dragover', { dataTransfer });
    await this.page.locator('main').dispatchEvent('drop', { dataTransfer });
  }

  /** Saves (with `name` typed over the suggestion when given) and waits for the first screen. */
  async save(name?: string) {
    if (name !== undefined) await this.nameInput.fill(name);
    await this.saveButton.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Start from a template' })).toBeVisible();
  }
}

/** The user's own templates on the first screen: cards marked Custom, with their actions. */
export class CustomTemplatesPage {
  readonly toast: Locator;

  constructor(readonly page: Page) {
    this.toast = page.getByRole('status').filter({ hasText: /^Template (deleted|replaced) — / });
  }

  card(name: string): Locator {
    return this.page.getByRole('list', { name: 'Templates' }).getByRole('article', { name, exact: true });
  }

  /** Every card marked Custom, by name. */
  async names(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Templates' }).getByRole('article').filter({ hasText: 'Custom' }).getByRole('heading', { level: 2 }).allInnerTexts();
  }

  badge(name: string): Locator {
    return this.card(name).getByText('Custom', { exact: true });
  }

  previewLink(name: string): Locator {
    return this.page.getByRole('link', { name: `Preview outline of ${name}`, exact: true });
  }

  startDraftButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Start draft from ${name}`, exact: true });
  }

  renameButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Rename ${name}`, exact: true });
  }

  renameInput(name: string): Locator {
    return this.page.getByRole('textbox', { name: `New name for ${name}`, exact: true });
  }

  replaceLink(name: string): Locator {
    return this.page.getByRole('link', { name: `Replace ${name} with a new version`, exact: true });
  }

  downloadButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Download ${name} as Markdown`, exact: true });
  }

  deleteButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Delete ${name}`, exact: true });
  }

  undoButton(kind: 'deleted' | 'replaced'): Locator {
    return this.page.getByRole('button', { name: `Undo: template ${kind}`, exact: true });
  }

  async rename(name: string, next: string) {
    await this.renameButton(name).click();
    await this.renameInput(name).fill(next);
    await this.renameInput(name).press('Enter');
    await expect(this.card(next)).toBeVisible();
  }

  /** Records in the `templates` object store of the app's database (0 when it has none yet). */
  async storedCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('templates')) {
              db.close();
              resolve(0);
              return;
            }
            const request = db.transaction('templates').objectStore('templates').count();
            request.onsuccess = () => {
              db.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}

export const test = base.extend<{
  picker: PickerPage;
  outlinePage: OutlinePage;
  library: LibraryPage;
  draftPage: DraftPage;
  draftDb: DraftDatabase;
  editor: EditorPage;
  importPage: ImportPage;
  sharedPage: SharedDraftPage;
  addTemplate: AddTemplatePage;
  customTemplates: CustomTemplatesPage;
}>({
  picker: async ({ page }, provide) => {
    await provide(new PickerPage(page));
  },
  outlinePage: async ({ page }, provide) => {
    await provide(new OutlinePage(page));
  },
  library: async ({ page }, provide) => {
    await provide(new LibraryPage(page));
  },
  draftPage: async ({ page }, provide) => {
    await provide(new DraftPage(page));
  },
  draftDb: async ({ page }, provide) => {
    await provide(new DraftDatabase(page));
  },
  editor: async ({ page }, provide) => {
    await provide(new EditorPage(page));
  },
  importPage: async ({ page }, provide) => {
    await provide(new ImportPage(page));
  },
  sharedPage: async ({ page }, provide) => {
    await provide(new SharedDraftPage(page));
  },
  addTemplate: async ({ page }, provide) => {
    await provide(new AddTemplatePage(page));
  },
  customTemplates: async ({ page }, provide) => {
    await provide(new CustomTemplatesPage(page));
  },
});

export { expect };
