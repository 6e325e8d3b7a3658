import type { Browser, Locator, Page } from '@playwright/test';
import { EditorPage, expect, test } from './fixtures';
import { OwnSyncServer, syncUrl } from './sync-server';

// Team drafts against the real sync server: the one the Playwright config
// starts (npm run server), or for the restart test one of the test's own.
const dataPlatform = 'Data platform feature spec';
const story1 = 'User Story 1 - [Brief Title] (Priority: P1)';

type Person = { page: Page; editor: EditorPage; close: () => Promise<void> };

async function person(browser: Browser): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, editor: new EditorPage(page), close: () => context.close() };
}

async function fillSettings(page: Page, server: string, name: string) {
  await page.getByLabel('Sync server').fill(server);
  await page.getByLabel('Your name').fill(name);
}

/** Ana starts a draft and works on it together; resolves with the invitation link. */
async function startTeamDraft(ana: Person, server = syncUrl): Promise<string> {
  await ana.editor.startDraft(dataPlatform);
  await ana.page.getByRole('button', { name: 'Work on this together' }).click();
  await fillSettings(ana.page, server, 'Ana');
  await ana.page.getByRole('button', { name: 'Start working together' }).click();
  const link = await ana.page.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/join#v=1&room=[A-Za-z0-9_-]{22}&server=/);
  await ana.page.getByRole('button', { name: 'Close' }).click();
  await expect(ana.page.getByRole('region', { name: 'Team' }).getByRole('status')).toHaveText('Connected');
  return link;
}

async function join(ben: Person, link: string) {
  await ben.page.goto(link);
  await ben.page.getByLabel('Your name').fill('Ben');
  await ben.page.getByRole('button', { name: 'Join' }).click();
  await expect(ben.page).toHaveURL(/\/drafts\/[^/]+$/);
  await expect(ben.page.getByRole('region', { name: 'Team' }).getByRole('status')).toHaveText('Connected');
}

const requirement = (e: EditorPage, id: string) => e.field(id, e.section('Functional Requirements'));

test.describe('a team draft', () => {
  test('two people type into the same prose field and the same ID list at once, and both end with every word; requirements added at once get their own IDs', async ({ browser }) => {
    const ana = await person(browser);
    const ben = await person(browser);
    const link = await startTeamDraft(ana);
    await join(ben, link);
    await expect(ben.editor.title(`Untitled ${dataPlatform}`)).toBeVisible();

    // The same prose field, both typing at once.
    const proseOf = (p: Person) => p.editor.prose(story1, p.editor.section(story1));
    await proseOf(ana).click();
    await proseOf(ben).click();
    await Promise.all([ana.page.keyboard.type(' alpha bravo charlie', { delay: 40 }), ben.page.keyboard.type(' delta echo foxtrot', { delay: 40 })]);
    for (const p of [ana, ben]) {
      for (const word of ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']) await expect(proseOf(p)).toContainText(word);
      // Each person's words in the order they typed them, together: a caret that jumps back into the
      // other's letters when they arrive interleaves the two ("a delta…lpha").
      await expect.poll(() => textWithoutCarets(proseOf(p))).toContain(' alpha bravo charlie');
      await expect.poll(() => textWithoutCarets(proseOf(p))).toContain(' delta echo foxtrot');
    }

    // Each sees the other's caret, named, in the field they share.
    await expect(proseOf(ana).getByText('Ben', { exact: true })).toBeVisible();
    await expect(proseOf(ben).getByText('Ana', { exact: true })).toBeVisible();

    // The same ID'd list, both typing at once, each in a requirement.
    const functional = (p: Person) => p.editor.section('Functional Requirements');
    await requirement(ana.editor, 'FR-001').click();
    await requirement(ben.editor, 'FR-002').click();
    await Promise.all([ana.page.keyboard.type(' golf hotel', { delay: 40 }), ben.page.keyboard.type(' india juliet', { delay: 40 })]);
    for (const p of [ana, ben]) {
      await expect(requirement(p.editor, 'FR-001')).toHaveValue(/golf hotel$/);
      await expect(requirement(p.editor, 'FR-002')).toHaveValue(/india juliet$/);
    }

    // Two requirements added at once (Ben offline for a moment, so neither sees the other's first):
    // both are kept, and they never share an ID: one is renumbered, and the app says so.
    await ben.page.context().setOffline(true);
    await expect(ben.page.getByRole('region', { name: 'Team' }).getByRole('status')).toContainText('Offline');
    for (const [p, text] of [[ana, 'Ana’s requirement'], [ben, 'Ben’s requirement']] as const) {
      await functional(p).getByRole('button', { name: 'Add FR', exact: true }).click();
      await expect(requirement(p.editor, 'FR-006')).toBeFocused();
      await p.page.keyboard.type(text);
    }
    await ben.page.context().setOffline(false);
    for (const p of [ana, ben]) {
      await expect(requirement(p.editor, 'FR-007')).toBeVisible({ timeout: 20_000 });
      await expect.poll(async () => [await requirement(p.editor, 'FR-006').inputValue(), await requirement(p.editor, 'FR-007').inputValue()].sort()).toEqual(['Ana’s requirement', 'Ben’s requirement']);
    }
    const notice = /FR-006 was added by two people at once; “(Ana|Ben)’s requirement” is now FR-007/;
    const said = async (p: Person) => (await p.page.getByRole('alert').filter({ hasText: notice }).count()) > 0;
    await expect.poll(async () => (await said(ana)) || (await said(ben))).toBe(true);
    await ana.close();
    await ben.close();
  });

  test('one goes offline, edits, comes back, and both converge; presence shows the other person’s section', async ({ browser }) => {
    const ana = await person(browser);
    const ben = await person(browser);
    const link = await startTeamDraft(ana);
    await join(ben, link);

    // Presence: Ben's focus in Functional Requirements shows on Ana's outline and at the section.
    await requirement(ben.editor, 'FR-001').click();
    await expect(ana.editor.outline.getByRole('group', { name: 'Here now: Ben' })).toBeVisible();
    await expect(ana.editor.section('Functional Requirements').getByRole('group', { name: 'Also in this section: Ben' })).toBeVisible();

    await ben.page.context().setOffline(true);
    await expect(ben.page.getByRole('region', { name: 'Team' }).getByRole('status')).toContainText('Offline');
    await ben.editor.fill('FR-002', 'Written offline by Ben', ben.editor.section('Functional Requirements'));
    await ana.editor.fill('FR-003', 'Written online by Ana', ana.editor.section('Functional Requirements'));
    await ben.page.context().setOffline(false);
    for (const p of [ana, ben]) {
      await expect(requirement(p.editor, 'FR-002')).toHaveValue('Written offline by Ben', { timeout: 20_000 });
      await expect(requirement(p.editor, 'FR-003')).toHaveValue('Written online by Ana', { timeout: 20_000 });
    }
    await ana.close();
    await ben.close();
  });

  test('the server restarts while both are editing, and nothing is lost', async ({ browser }) => {
    const server = new OwnSyncServer(Number(new URL(syncUrl).port) + 1);
    await server.start();
    try {
      const ana = await person(browser);
      const ben = await person(browser);
      const link = await startTeamDraft(ana, server.url);
      await join(ben, link);
      await ana.editor.fill('FR-001', 'Before the restart', ana.editor.section('Functional Requirements'));
      await expect(requirement(ben.editor, 'FR-001')).toHaveValue('Before the restart');

      await server.stop();
      await ana.editor.fill('FR-002', 'Ana while the server was down', ana.editor.section('Functional Requirements'));
      await ben.editor.fill('FR-003', 'Ben while the server was down', ben.editor.section('Functional Requirements'));
      await server.start();
      for (const p of [ana, ben]) {
        await expect(requirement(p.editor, 'FR-001')).toHaveValue('Before the restart');
        await expect(requirement(p.editor, 'FR-002')).toHaveValue('Ana while the server was down', { timeout: 20_000 });
        await expect(requirement(p.editor, 'FR-003')).toHaveValue('Ben while the server was down', { timeout: 20_000 });
      }
      // And a third person joining afterwards gets every word from the server.
      const cy = await person(browser);
      await join(cy, link);
      await expect(requirement(cy.editor, 'FR-002')).toHaveValue('Ana while the server was down');
      await expect(requirement(cy.editor, 'FR-003')).toHaveValue('Ben while the server was down');
      await Promise.all([ana.close(), ben.close(), cy.close()]);
    } finally {
      await server.stop();
    }
  });
});

/** A field's text as written, without the other people's carets (drawn with their names inside the text). */
function textWithoutCarets(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.team-caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}
