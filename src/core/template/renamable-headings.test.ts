import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { setSectionTitle } from '../draft/section-edits';
import { validateDraft } from '../validate/validate-draft';
import { flattenSections } from './flatten-sections';
import { parseTemplate } from './parse-template';
import { TemplateSchema } from './schema';

const NOW = new Date('2026-12-01T00:00:00Z');
const renamable = (md: string) => flattenSections(parseTemplate(md, { id: 't' }).template.sections).map((s) => [s.title, s.renamable ?? false]);

describe('a heading with code and no placeholder', () => {
  it('is a sample name the writer renames: the schema says so', () => {
    expect(renamable('## Tools\n#### Tool: `tool_name`\n#### `POST /api/resource`\n#### `table_name`')).toEqual([
      ['Tools', false],
      ['Tool: `tool_name`', true],
      ['`POST /api/resource`', true],
      ['`table_name`', true],
    ]);
  });

  it('is not one when the code holds brackets (a format), when there is no code, or when a placeholder makes it renamable already', () => {
    expect(renamable('## Format: `[ID] [P?] [Story] Description`\n## Summary\n## User Story 1 - [Brief Title]')).toEqual([
      ['Format: `[ID] [P?] [Story] Description`', false],
      ['Summary', false],
      ['User Story 1 - [Brief Title]', false],
    ]);
  });

  it('is read so in the built-in product template, and a stored template without the flag still loads', () => {
    const { template } = parseTemplate(readFileSync(new URL('../../../templates/product-feature-spec-api-data-model.md', import.meta.url), 'utf8'), { id: 'p' });
    expect(flattenSections(template.sections).filter((s) => s.renamable).map((s) => s.title)).toEqual(['Tool: `tool_name`', '`POST /api/resource`', '`table_name`']);
    const old = JSON.parse(JSON.stringify(template), (key, value) => (key === 'renamable' ? undefined : value));
    expect(TemplateSchema.safeParse(old).success).toBe(true);
  });

  it('left as the template named it is flagged as still the template\'s; renamed, it is not', () => {
    const { template } = parseTemplate('# API\n\n## Tools\n\n#### Tool: `tool_name`\n\nCreates a preview.\n', { id: 't' });
    const draft = createDraft(template, { id: 'd', now: NOW });
    const flagged = validateDraft(draft).filter((f) => f.code === 'template-text' && f.field === 'title');
    expect(flagged).toEqual([
      {
        severity: 'warning',
        code: 'template-text',
        sectionId: 'tools/tool-tool-name',
        field: 'title',
        message: 'The heading "Tool: tool_name" is still the template\'s sample name: rename it for what it stands for.',
      },
    ]);
    const renamed = setSectionTitle(draft, 'tools/tool-tool-name', 'Tool: `create_preview`');
    expect(validateDraft(renamed).filter((f) => f.field === 'title')).toEqual([]);
  });
});
