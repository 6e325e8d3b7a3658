import { expect, type Locator, type Page } from '@playwright/test';

/** /import: a Markdown spec pasted, chosen or dropped, matched to a template, made a draft. */
export class ImportPage {
  readonly heading: Locator;
  readonly markdown: Locator;
  readonly fileInput: Locator;
  readonly fileMessage: Locator;
  readonly template: Locator;
  readonly report: Locator;
  /** The best few templates, each with its score and what of it the text has ("Nygard ADR — 100% match: 4 of 4 sections"). */
  readonly bestMatches: Locator;
  /** Said when no template fits well and the text is imported as a free-form document. */
  readonly freeFormNote: Locator;
  /** The template's sections that the text lacks. */
  readonly notInDocument: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import a Markdown spec', exact: true });
    this.markdown = page.getByRole('textbox', { name: 'Markdown', exact: true });
    this.fileInput = page.getByLabel('Or choose a file', { exact: true });
    this.fileMessage = page.getByRole('status').filter({ hasText: /^(Read “|“)/ });
    this.template = page.getByRole('combobox', { name: 'Template', exact: true });
    this.report = page.getByRole('list', { name: 'What the import found', exact: true });
    this.bestMatches = page.getByRole('list', { name: 'Best matches', exact: true });
    this.freeFormNote = page.getByText(/^No template fits well/);
    this.notInDocument = page.getByRole('list', { name: 'Not in this document', exact: true });
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

  /** The chosen option of the Template select. */
  get chosenTemplate(): Locator {
    return this.template.locator('option:checked');
  }
}
