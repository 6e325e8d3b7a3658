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

export const test = base.extend<{ picker: PickerPage; outlinePage: OutlinePage }>({
  picker: async ({ page }, provide) => {
    await provide(new PickerPage(page));
  },
  outlinePage: async ({ page }, provide) => {
    await provide(new OutlinePage(page));
  },
});

export { expect };
