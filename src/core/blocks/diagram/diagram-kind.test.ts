import { describe, expect, it } from 'vitest';
import { createDraft } from '../../draft/create-draft';
import { Draft, type BlockValue } from '../../draft/draft-schema';
import { draftCompletion } from '../../draft/draft-completion';
import { exportMarkdown } from '../../markdown/export-markdown';
import { importMarkdown } from '../../markdown/import-markdown';
import { draftStructureTemplate } from '../../convert/draft-structure-template';
import { parseTemplate } from '../../template/parse-template';

const TEMPLATE = `# Design: [NAME]

## Architecture

**Component diagram**:

\`\`\`mermaid
graph TD
  A[Client] --> B[Service]
\`\`\`

## Data

\`\`\`json
{ "id": 1 }
\`\`\`
`;

const now = new Date('2026-11-21T09:30:00Z');
const USER_DIAGRAM = 'sequenceDiagram\n  Alice->>Bob: Hello\n  Bob-->>Alice: `ok`';

function parsed() {
  const { template, problems } = parseTemplate(TEMPLATE, { id: 'diagram-template' });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return template;
}

function diagramValue(draft: Draft): BlockValue {
  const value = draft.sections[0]!.blocks[0];
  if (value?.kind !== 'diagram') throw new Error(`expected a diagram value, got ${value?.kind}`);
  return value;
}

describe('the diagram block kind', () => {
  it('reads a mermaid fence in a template as a diagram block, other fences as code', () => {
    const template = parsed();
    const [architecture, data] = template.sections;
    expect(architecture!.blocks).toEqual([expect.objectContaining({ kind: 'diagram', label: 'Component diagram', code: 'graph TD\n  A[Client] --> B[Service]' })]);
    expect(data!.blocks).toEqual([expect.objectContaining({ kind: 'code', lang: 'json' })]);
  });

  it('starts a draft with the template example, not counted as filled', () => {
    const draft = createDraft(parsed(), { id: 'd', now });
    expect(Draft.safeParse(draft).success).toBe(true);
    expect(diagramValue(draft)).toEqual({ kind: 'diagram', blockId: expect.any(String), code: 'graph TD\n  A[Client] --> B[Service]' });
    const before = draftCompletion(draft);
    const edited = withDiagram(draft, USER_DIAGRAM);
    expect(draftCompletion(edited).filled).toBe(before.filled + 1);
  });

  it('exports as a mermaid fence under its label and imports back into the diagram block', () => {
    const template = parsed();
    const draft = withDiagram(createDraft(template, { id: 'd', now }), USER_DIAGRAM);
    const markdown = exportMarkdown(draft);
    expect(markdown).toContain(`**Component diagram**:\n\n\`\`\`mermaid\n${USER_DIAGRAM}\n\`\`\``);

    const { draft: imported } = importMarkdown(markdown, template, { id: 'i', now });
    expect(diagramValue(imported)).toEqual({ kind: 'diagram', blockId: diagramValue(draft).blockId, code: USER_DIAGRAM });
    expect(imported.sections[1]!.blocks[0]).toMatchObject({ kind: 'code', lang: 'json' });
    expect(exportMarkdown(imported)).toBe(markdown);
  });

  it('leaves an empty diagram out of the export', () => {
    const markdown = exportMarkdown(withDiagram(createDraft(parsed(), { id: 'd', now }), '  \n'));
    expect(markdown).not.toContain('mermaid');
    expect(markdown).not.toContain('Component diagram');
  });

  it('writes the template back with its mermaid fence, read again as a diagram', () => {
    const text = draftStructureTemplate(createDraft(parsed(), { id: 'd', now }));
    expect(text).toContain('```mermaid\ngraph TD\n  A[Client] --> B[Service]\n```');
    const again = parseTemplate(text, { id: 'again' }).template;
    expect(again.sections[0]!.blocks.map((b) => b.kind)).toEqual(['diagram']);
  });
});

function withDiagram(draft: Draft, code: string): Draft {
  const [first, ...rest] = draft.sections;
  const value = { ...diagramValue(draft), code } as BlockValue;
  return { ...draft, sections: [{ ...first!, blocks: [value, ...first!.blocks.slice(1)] }, ...rest] };
}
