import { describe, expect, it } from 'vitest';
import { createDraft } from '../draft/create-draft';
import { parseTemplate } from './parse-template';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('parenthesised instructions in a template', () => {
  it('are blanks: a draft starts empty there, as it does for [brackets]', () => {
    const { template } = parseTemplate('# Brief\n\n## Problem\n\n(describe the problem here)\n\n**Impact**: (explain who is affected)\n', { id: 't' });
    const [prose, fields] = template.sections[0]!.blocks;
    expect(prose).toMatchObject({ kind: 'prose', placeholders: [{ kind: 'paren', label: 'describe the problem here' }] });
    expect(fields).toMatchObject({ kind: 'fields', fields: [{ key: 'impact', placeholders: [{ kind: 'paren' }], help: 'explain who is affected' }] });
    const draft = createDraft(template, { id: 'd', now: NOW });
    expect(draft.sections[0]!.blocks).toEqual([
      { kind: 'prose', blockId: 'problem#0', markdown: '' },
      { kind: 'fields', blockId: 'problem#1', values: { impact: '' } },
    ]);
  });
});
