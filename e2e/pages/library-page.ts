import { expect, type Locator, type Page } from '@playwright/test';

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
