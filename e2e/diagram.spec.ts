import { expect, ImportPage, test } from './fixtures';

// A block kind added in one folder of src/core/blocks and one field component: a ```mermaid fence.
const TEMPLATE = `# Service Design: [SERVICE NAME]

## Overview

[What the service does and for whom]

## Architecture

**Component diagram**:

\`\`\`mermaid
graph TD
  A[Client] --> B[Service]
\`\`\`
`;

const DIAGRAM = 'sequenceDiagram\n  Alice->>Bob: Hello\n  Bob-->>Alice: Hi';

test('a mermaid block: added in a template, typed in the draft, exported as a mermaid fence and imported back', async ({ addTemplate, customTemplates, editor, page }) => {
  await addTemplate.goto();
  await addTemplate.paste(TEMPLATE);
  await expect(addTemplate.outline).toBeVisible();
  await expect(addTemplate.outlineSection('Architecture')).toBeVisible();
  await addTemplate.save('Service design');

  await customTemplates.startDraftButton('Service design').click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  const diagram = page.getByRole('textbox', { name: 'Component diagram (Mermaid diagram)', exact: true });
  // Shown as code: the template's example, in a monospace field.
  await expect(diagram).toHaveValue('graph TD\n  A[Client] --> B[Service]');
  await expect(diagram).toHaveCSS('font-family', /mono/i);
  await diagram.fill(DIAGRAM);
  await editor.waitUntilSaved();

  const { errors } = await editor.problemCounts();
  const file = await editor.download(async () => {
    await editor.downloadButton.click();
    if (errors > 0) await editor.exportConfirm.getByRole('button', { name: 'Download anyway', exact: true }).click();
  });
  expect(file.text).toContain(`**Component diagram**:\n\n\`\`\`mermaid\n${DIAGRAM}\n\`\`\``);

  const importPage = new ImportPage(page);
  await importPage.goto();
  await importPage.markdown.fill(file.text);
  await expect.poll(async () => (await importPage.templateOptions())[0]).toMatch(/^Service design — /);
  await importPage.createButton.click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  await expect(page.getByRole('textbox', { name: 'Component diagram (Mermaid diagram)', exact: true })).toHaveValue(DIAGRAM);
});
