import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp, sectionName } from './names';

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
