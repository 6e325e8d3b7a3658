import { describe, expect, it } from 'vitest';
import type { DraftSection } from '../draft/draft-schema';
import { templateLookup } from '../draft/template-lookup';
import { freshDraft } from './__fixtures__/draft-filler';
import { linkDefinitions } from './link-definitions';

const section = (id: string, markdown: string, enabled = true, children: DraftSection[] = []): DraftSection => ({
  id,
  templateSectionId: null,
  level: 2,
  title: id,
  enabled,
  blocks: [{ kind: 'prose', blockId: `${id}#0`, markdown }],
  children,
});

describe('linkDefinitions', () => {
  const base = freshDraft('data-platform-feature-spec.md');

  it('gathers the labels defined anywhere in the draft, nested ones too, as CommonMark matches them', () => {
    const draft = {
      ...base,
      sections: [
        section('motivation', 'See [RFC 3502].'),
        section('refs', 'Text.\n\n[RFC  3502]: https://example.com/3502', true, [section('refs/more', '- item\n\n  [Thread]: https://example.com/t')]),
      ],
      footer: [{ kind: 'list' as const, blockId: '@footer#0', items: ['[docs]: https://example.com/docs'] }],
    };
    expect([...linkDefinitions(draft, [])].sort()).toEqual(['docs', 'rfc 3502', 'thread']);
  });

  it('leaves out switched-off sections, which the export leaves out, and text that only looks like a definition', () => {
    const draft = { ...base, sections: [section('off', '[gone]: https://example.com', false), section('code', '```\n[toml]: not a definition\n```\n`[x]: y`')] };
    expect([...linkDefinitions(draft, [])]).toEqual([]);
  });

  it("reads an imported draft's file, where definitions stand between parts; one pointing at a blank defines nothing", () => {
    const draft = { ...base, sections: [section('s', '- [Service]: [Purpose]')], origin: { source: 'Intro.\n\n[guide]: https://example.com/g\n', eol: '\n' as const, bom: false, parts: [] } };
    expect([...linkDefinitions(draft, [])]).toEqual(['guide']);
  });

  it("takes the template's anchor lines, which the export writes", () => {
    const rfcLike = [{ kind: 'raw' as const, id: 'summary#0', line: 2, text: '[summary]: #summary' }];
    expect([...linkDefinitions(base, rfcLike)]).toEqual(['summary']);
    expect([...linkDefinitions(base, templateLookup(base.template).blocks.values())]).toEqual([]);
  });
});
