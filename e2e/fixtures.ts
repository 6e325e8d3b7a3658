// The tests' page objects, one file per screen in pages/, and the database helper, as Playwright fixtures.
import { test as base, expect } from '@playwright/test';
import { DraftDatabase } from './draft-database';
import { PickerPage } from './pages/picker-page';
import { LibraryPage } from './pages/library-page';
import { DraftPage } from './pages/draft-page';
import { EditorPage } from './pages/editor-page';
import { SharedDraftPage } from './pages/shared-draft-page';
import { ImportPage } from './pages/import-page';
import { OutlinePage } from './pages/outline-page';
import { AddTemplatePage } from './pages/add-template-page';
import { CustomTemplatesPage } from './pages/custom-templates-page';

export const test = base.extend<{
  picker: PickerPage;
  outlinePage: OutlinePage;
  library: LibraryPage;
  draftPage: DraftPage;
  draftDb: DraftDatabase;
  editor: EditorPage;
  importPage: ImportPage;
  sharedPage: SharedDraftPage;
  addTemplate: AddTemplatePage;
  customTemplates: CustomTemplatesPage;
}>({
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
  importPage: async ({ page }, provide) => {
    await provide(new ImportPage(page));
  },
  sharedPage: async ({ page }, provide) => {
    await provide(new SharedDraftPage(page));
  },
  addTemplate: async ({ page }, provide) => {
    await provide(new AddTemplatePage(page));
  },
  customTemplates: async ({ page }, provide) => {
    await provide(new CustomTemplatesPage(page));
  },
});

export { DraftDatabase, PickerPage, LibraryPage, DraftPage, EditorPage, SharedDraftPage, ImportPage, OutlinePage, AddTemplatePage, CustomTemplatesPage };
export type { ProseRun } from './pages/editor-page';
export { expect };
