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

/** The `drafts` object store of the app's IndexedDB database, read and written the way the app does. */
export class DraftDatabase {
  constructor(readonly page: Page) {}

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

export const test = base.extend<{ picker: PickerPage; outlinePage: OutlinePage; library: LibraryPage; draftPage: DraftPage; draftDb: DraftDatabase }>({
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
});

export { expect };
