import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { setBlockValue } from '../draft/section-edits';
import { exportMarkdown } from '../markdown/export-markdown';
import { importMarkdown } from '../markdown/import-markdown';
import { parseTemplate } from './parse-template';

const NOW = new Date('2026-12-01T00:00:00Z');
const TEMPLATE = '# Engagement Report\n\n## Overview\n\n* Engagement: [Engagement]\n* Status: [status]\n* Owner: [team or person]\n\n## Notes\n\n[Notes]\n';
const firstBlock = (md: string) => parseTemplate(md, { id: 't' }).template.sections[0]!.blocks[0]!;

describe('list-style fields in a section', () => {
  it('are fields when every item is `Label: [blank]`, written without bold as the template has them', () => {
    const block = firstBlock(TEMPLATE);
    expect(block.kind).toBe('fields');
    if (block.kind !== 'fields') return;
    expect(block.fields.map((f) => [f.key, f.label, f.plainLabel, f.placeholders.map((p) => p.text)])).toEqual([
      ['engagement', 'Engagement', true, ['[Engagement]']],
      ['status', 'Status', true, ['[status]']],
      ['owner', 'Owner', true, ['[team or person]']],
    ]);
  });

  it('go out and come back in as fields', () => {
    const { template } = parseTemplate(TEMPLATE, { id: 't' });
    const draft = setBlockValue(createDraft(template, { id: 'd', now: NOW }), 'overview', {
      kind: 'fields',
      blockId: 'overview#0',
      values: { engagement: 'Acme audit', status: 'active', owner: 'Platform team' },
    });
    const markdown = exportMarkdown(draft);
    expect(markdown).toContain('\n- Engagement: Acme audit\n- Status: active\n- Owner: Platform team\n');
    const back = importMarkdown(markdown, template, { id: 'back', now: NOW }).draft;
    expect(back.sections[0]!.blocks).toEqual([{ kind: 'fields', blockId: 'overview#0', values: { engagement: 'Acme audit', status: 'active', owner: 'Platform team' } }]);
  });

  it('stay a list when an item is real text, or not a label', () => {
    expect(firstBlock('## Notes\n\n- Note: the API is frozen until March.\n- Owner: [team]\n').kind).toBe('list');
    expect(firstBlock('## Notes\n\n- Engagement: [Engagement]\n- and [something else]\n').kind).toBe('list');
  });
});
