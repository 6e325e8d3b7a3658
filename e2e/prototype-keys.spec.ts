import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * Keys that name members of Object.prototype (`__proto__`, `constructor`),
 * from a template, a stored record or a link: nothing crashes, and nothing
 * reaches a prototype.
 */

const protoTemplate = '---\n__proto__: x\nowner: y\n---\n# Spec: [NAME]\n\n## Summary\n\n- First item\n';

/** Errors thrown in the page and not caught: any is a failure. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function frontmatterField(key: string, value: string, line: number) {
  return { key, label: key, type: 'text', templateValue: value, placeholders: [], defaultValue: value, line };
}

test('a template with a `__proto__` frontmatter key is refused, with the line of the key', async ({ addTemplate, page }) => {
  const errors = pageErrors(page);
  await addTemplate.goto();
  await addTemplate.paste(protoTemplate);
  await expect(addTemplate.problems.getByRole('listitem').filter({ hasText: /^Error Line 2: .*`__proto__`.* reserved/ })).toBeVisible();
  await expect(addTemplate.saveButton).toBeDisabled();
  await expect(page.getByText('It can’t be saved until the error on line 2 is fixed in its Markdown.', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a stored draft with a `__proto__` frontmatter key opens, with what was typed in it', async ({ editor, draftDb, library, page }) => {
  const errors = pageErrors(page);
  // The app makes its database first, as on any earlier visit.
  await library.goto();
  // The record a draft of the template above was stored as (a version-2 record, before drafts were
  // Yjs documents), before such templates were refused: the app moves it into its document as it reads it.
  const record = JSON.parse(readFileSync(new URL('../src/core/draft/__fixtures__/draft-v2.json', import.meta.url), 'utf8')) as { id: string; titleText: string; template: { frontmatter: unknown } };
  const id = record.id;
  record.titleText = 'Run history';
  record.template.frontmatter = [frontmatterField('__proto__', 'x', 2), frontmatterField('owner', 'y', 3)];
  const json = JSON.stringify(record).replace('"frontmatter":{}', '"frontmatter":{"__proto__":"x","owner":"y"}');
  expect(json).toContain('"__proto__":"x"');
  await page.goto('/favicon.svg');
  await draftDb.putJson(json);

  await editor.goto(id);
  await expect(editor.title('Run history')).toBeVisible();
  await expect(editor.titleInput).toHaveValue('Run history');
  await expect(editor.field('__proto__', editor.documentFields)).toHaveValue('x');
  await expect(editor.field('owner', editor.documentFields)).toHaveValue('y');

  await editor.field('__proto__', editor.documentFields).fill('changed');
  await editor.waitUntilSaved();
  await editor.reload();
  await expect(editor.field('__proto__', editor.documentFields)).toHaveValue('changed');
  expect(errors).toEqual([]);
});

test('a share link whose template has a `constructor` field with no value opens', async ({ addTemplate, customTemplates, editor, sharedPage, page }) => {
  const errors = pageErrors(page);
  await addTemplate.goto();
  await addTemplate.paste('# Spec: [NAME]\n\n**Constructor**: [who builds it]\n\n## Summary\n\n- First item\n');
  await addTemplate.save('Constructor spec');
  await expect(customTemplates.card('Constructor spec')).toBeVisible();
  await editor.startDraft('Constructor spec');
  await editor.titleInput.fill('Bridge');
  await editor.waitUntilSaved();

  const link = new URL(await editor.shareLinkUrl());
  const envelope = JSON.parse(inflateRawSync(Buffer.from(link.hash.slice(4), 'base64url')).toString('utf8')) as { template: unknown; draft: { metadata: Record<string, string> } };
  expect(envelope.template).toBeDefined();
  expect(envelope.draft.metadata).toHaveProperty('constructor');
  Reflect.deleteProperty(envelope.draft.metadata, 'constructor');
  const tampered = `/shared#s1.${deflateRawSync(Buffer.from(JSON.stringify(envelope), 'utf8')).toString('base64url')}`;

  await sharedPage.goto(tampered);
  await expect(sharedPage.badge).toBeVisible();
  await expect(sharedPage.title('Bridge')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an address naming a member of Object.prototype is no draft and no template', async ({ editor, library, page }) => {
  const errors = pageErrors(page);
  await library.goto();
  for (const id of ['constructor', '__proto__', 'toString']) {
    await page.goto(`/drafts/${id}`);
    await expect(editor.notFound).toBeVisible();
    await page.goto(`/templates/${id}`);
    await expect(page.getByText(`There is no template called “${id}” here.`, { exact: false })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('an imported file with `__proto__` and `constructor` frontmatter keys keeps them, and exports them again', async ({ importPage, editor, page }) => {
  const errors = pageErrors(page);
  await importPage.goto();
  await importPage.markdown.fill('---\n__proto__: kept\nconstructor: too\n---\n# Feature Specification: Bridge\n\n## Requirements *(mandatory)*\n\n### Functional Requirements\n\n- **FR-001**: System MUST hold.\n');
  await expect(importPage.report).toBeVisible();
  // So short a file fits no template well, and would be read free-form: the test is about the frontmatter of a template's draft.
  const dataPlatform = (await importPage.templateOptions()).find((o) => o.startsWith('Data platform feature spec'))!;
  await importPage.template.selectOption({ label: dataPlatform });
  await importPage.createButton.click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  await expect(editor.title('Bridge')).toBeVisible();
  await editor.waitUntilSaved();
  await editor.reload();
  await editor.viewButton('Preview').click();
  const frontmatter = editor.preview.getByRole('table');
  await expect(frontmatter.getByRole('row')).toHaveText(['__proto__kept', 'constructortoo']);
  expect(errors).toEqual([]);
});
