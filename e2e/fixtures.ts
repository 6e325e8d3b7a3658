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
    await this.page.evaluate(
      (value) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('specwright');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put(value);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      record,
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

export const test = base.extend<{ picker: PickerPage; outlinePage: OutlinePage; library: LibraryPage; draftPage: DraftPage; draftDb: DraftDatabase; editor: EditorPage }>({
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
});

export { expect };
