import { expect, type Locator, type Page } from '@playwright/test';
import { DraftDatabase } from '../draft-database';

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
    return new DraftDatabase(this.page).countIn('templates');
  }

}
