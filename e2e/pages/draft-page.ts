import { type Locator, type Page } from '@playwright/test';

/** A draft at /drafts/:id. */
export class DraftPage {
  constructor(readonly page: Page) {}

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
}
