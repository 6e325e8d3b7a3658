import { expect, test } from './fixtures';

// Issue #15, "Structured group items": a repeated item's title parts (name, priority) are fields of their own.

test('a user story’s Brief Title and Priority are fields; each changes its part of the heading only', async ({ editor }) => {
  await editor.startDraft('Data platform feature spec');
  const story = editor.section('User Story 2 - [Brief Title] (Priority: P2)');
  await editor.fill('Brief Title in the heading', 'Operator reruns a failed load', story);
  const renamed = editor.section('User Story 2 - Operator reruns a failed load (Priority: P2)');
  await expect(renamed).toBeVisible();
  await editor.fill('Priority in the heading', 'P1', renamed);
  const reprioritised = editor.section('User Story 2 - Operator reruns a failed load (Priority: P1)');
  await expect(reprioritised).toBeVisible();
  await expect(editor.field('Heading', reprioritised)).toHaveValue('User Story 2 - Operator reruns a failed load (Priority: P1)');

  // Removing story 1 renumbers story 2; its parts stay.
  await editor.removeSectionButton('User Story 1 - [Brief Title] (Priority: P1)').click();
  const first = editor.section('User Story 1 - Operator reruns a failed load (Priority: P1)');
  await expect(editor.field('Brief Title in the heading', first)).toHaveValue('Operator reruns a failed load');
  await editor.waitUntilSaved();
  await editor.reload();
  await expect(editor.field('Priority in the heading', first)).toHaveValue('P1');
});
