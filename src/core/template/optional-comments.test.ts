import { describe, expect, it } from 'vitest';
import { flattenSections } from './flatten-sections';
import { parseTemplate } from './parse-template';

const sections = (md: string) => flattenSections(parseTemplate(md, { id: 't' }).template.sections).map((s) => [s.title, s.requirement, s.guidance]);

// MADR writes this line before each section a writer may leave out.
const MADR = '<!-- This is an optional element. Feel free to remove. -->';

describe('an optional-section comment', () => {
  it('right before a heading makes that section optional, and is not guidance of the section before', () => {
    const md = `# [short title]\n\n## Context and Problem Statement\n\n[Describe the context]\n\n${MADR}\n## Decision Drivers\n\n* [driver 1]\n\n${MADR}\n\n## Pros and Cons of the Options\n\n[text]\n`;
    expect(sections(md)).toEqual([
      ['Context and Problem Statement', 'none', []],
      ['Decision Drivers', 'optional', []],
      ['Pros and Cons of the Options', 'optional', []],
    ]);
  });

  it('reads the short forms too, and before the first section', () => {
    expect(sections('# T\n\n<!-- optional -->\n## Notes\n\ntext\n')).toEqual([['Notes', 'optional', []]]);
    expect(sections('# T\n\n<!--\n  This section is optional.\n-->\n## Notes\n\ntext\n')).toEqual([['Notes', 'optional', []]]);
  });

  it('leaves alone a comment that only mentions the word, one with text after it, and a heading flag', () => {
    const long = '<!-- Optional: fill this in when the change touches billing; otherwise remove the section. -->';
    expect(sections(`# T\n\n## A\n\n${long}\n## B\n\ntext\n`)).toEqual([
      ['A', 'none', ['Optional: fill this in when the change touches billing; otherwise remove the section.']],
      ['B', 'none', []],
    ]);
    expect(sections(`# T\n\n## A\n\n${MADR}\n\ntext\n\n## B\n`)).toEqual([['A', 'none', ['This is an optional element. Feel free to remove.']], ['B', 'none', []]]);
    expect(sections(`# T\n\n${MADR}\n## B *(mandatory)*\n`)).toEqual([['B', 'mandatory', []]]);
  });
});
