import { describe, expect, it } from 'vitest';
import type { RepeatGroup, Section } from '../../core/template/schema';
import { outlineItems } from './outline-items';

const section = (id: string): Section => ({
  id,
  level: 3,
  heading: id,
  title: id,
  titlePlaceholders: [],
  requirement: 'none',
  guidance: [],
  blocks: [],
  children: [],
  line: 1,
});

const group: RepeatGroup = { id: 'g', label: 'Story', parentId: null, itemIds: ['s1', 's2', 's3'], prototypeId: 's1' };

describe('outlineItems', () => {
  it('gathers a group’s items where the group starts and keeps other sections in order', () => {
    const items = outlineItems([section('intro'), section('s1'), section('s2'), section('s3'), section('edge')], [group]);
    expect(items.map((item) => (item.kind === 'section' ? item.section.id : `${item.group.id}:${item.items.map((s) => s.id).join(',')}`))).toEqual([
      'intro',
      'g:s1,s2,s3',
      'edge',
    ]);
  });

  it('leaves sections alone when there are no groups', () => {
    expect(outlineItems([section('a'), section('b')], []).map((item) => item.kind)).toEqual(['section', 'section']);
  });
});
