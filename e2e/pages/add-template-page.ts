import { expect, type Locator, type Page } from '@playwright/test';
import { sectionName } from './names';
import { LibraryPage } from './library-page';

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
