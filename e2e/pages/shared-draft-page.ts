import { expect, type Locator, type Page } from '@playwright/test';

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
