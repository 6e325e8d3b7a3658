import { expect, test } from './fixtures';

const DOC = `# Feature Specification: Run history

## Overview

> [!NOTE]
> Runs are kept as events.

> [!WARNING]
> Deleting a pipeline keeps its runs.

Every run is stored once.[^dedupe] :rocket: ships it.

- [x] store runs
- [ ] page on failure

The p95 latency is $t_{95} \\le 250$ ms.

$$
\\sum_{i=1}^{n} r_i
$$

[^dedupe]: On \`pipeline_id + external_run_id\`.

## Architecture

\`\`\`mermaid
graph TD
  A[Client] --> B[Ingest]
  B --> C["<img src=x onerror=window.__pwned=1>"]
  click A call alert()
\`\`\`

## Broken diagram

\`\`\`mermaid
graph TD
  A --> 
  B -->> -->
\`\`\`
`;

test('the preview draws what GitHub draws: mermaid, alerts, footnotes, task lists, anchors, math, emoji; a broken diagram says where; label script never runs', async ({ importPage, editor, page }) => {
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await importPage.goto();
  await importPage.markdown.fill(DOC);
  await importPage.createButton.click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = editor.preview;

  const diagram = preview.getByRole('img', { name: 'Mermaid diagram' });
  await expect(diagram).toHaveCount(1);
  await expect(diagram.locator('svg')).toBeVisible();
  await expect(diagram).toContainText('Ingest');
  // The label's markup is text at most: no element, no handler, nothing ran.
  await expect(diagram.locator('img')).toHaveCount(0);
  await expect(preview.locator('[onerror]')).toHaveCount(0);
  await diagram.locator('svg g').first().click({ force: true });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(alerts).toEqual([]);

  const broken = preview.getByRole('alert').filter({ hasText: 'does not parse' });
  await expect(broken).toContainText('at line 3');
  // The broken block's source is still shown.
  await expect(preview.locator('pre code.language-mermaid').filter({ hasText: 'B -->> -->' })).toBeVisible();

  await expect(preview.locator('.markdown-alert-note')).toContainText('Runs are kept as events.');
  await expect(preview.locator('.markdown-alert-warning .markdown-alert-title')).toContainText('Warning');
  await expect(preview.locator('section.footnotes li')).toContainText('pipeline_id + external_run_id');
  await expect(preview.locator('sup a[data-footnote-ref]')).toHaveAttribute('href', /#footnote-/);
  await expect(preview.getByRole('checkbox', { name: 'store runs' })).toBeChecked();
  await expect(preview.getByRole('heading', { name: 'Architecture' })).toHaveAttribute('id', 'architecture');
  await expect(preview).toContainText('🚀 ships it');
  await expect(preview.locator('math')).toHaveCount(2);
  await expect(preview.locator('math[display="block"]')).toHaveCount(1);
});

test('a code block field in mermaid shows its diagram as the user types, and where it stops parsing', async ({ addTemplate, customTemplates, page }) => {
  await addTemplate.goto();
  await addTemplate.paste('# Service: [NAME]\n\n## Flow\n\n**Flow diagram**:\n\n```mermaid\ngraph TD\n  A[Client] --> B[Service]\n```\n');
  await expect(addTemplate.outline).toBeVisible();
  await addTemplate.save('Service flow');
  await customTemplates.startDraftButton('Service flow').click();
  const source = page.getByRole('textbox', { name: 'Flow diagram (Mermaid diagram)', exact: true });
  const live = page.getByRole('region', { name: 'Diagram preview' });
  await expect(live.getByRole('img', { name: 'Mermaid diagram' })).toContainText('Service');
  await source.fill('graph TD\n  A[Client] --> B[Queue]\n  B --> C[Worker]');
  await expect(live.getByRole('img', { name: 'Mermaid diagram' })).toContainText('Worker');
  await source.fill('graph TD\n  A[Client] --> B[Queue]\n  B -->> -->');
  await expect(live.getByRole('alert')).toContainText('line 3');
});

test('a code block field whose language is mermaid shows its diagram beside the code', async ({ addTemplate, customTemplates, page }) => {
  await addTemplate.goto();
  await addTemplate.paste('# Service: [NAME]\n\n## Example\n\n**Example**:\n\n```text\nplain text\n```\n');
  await expect(addTemplate.outline).toBeVisible();
  await addTemplate.save('Service example');
  await customTemplates.startDraftButton('Service example').click();
  const live = page.getByRole('region', { name: 'Diagram preview' });
  await expect(live).toHaveCount(0);
  await page.getByLabel('Language').fill('mermaid');
  await page.getByRole('textbox', { name: 'Example code', exact: true }).fill('graph LR\n  Start --> Finish');
  await expect(live.getByRole('img', { name: 'Mermaid diagram' })).toContainText('Finish');
});
