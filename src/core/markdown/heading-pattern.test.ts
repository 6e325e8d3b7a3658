import { describe, expect, it } from 'vitest';
import { headingPattern, headingSubject, matchHeading } from './heading-pattern';

const quality = (template: string, heading: string) => matchHeading(headingPattern(template), headingSubject(heading));

describe('matching a filled heading to a template heading', () => {
  it('is exact whatever the flag, case or spacing', () => {
    expect(quality('Requirements *(mandatory)*', 'Requirements')).toBe(3);
    expect(quality('Key Entities *(include if feature involves data)*', 'key   entities *(include if feature involves data)*')).toBe(3);
  });

  it('takes filled placeholders, renumbered items and renamed example code names', () => {
    expect(quality('User Story 1 - [Brief Title] (Priority: P1)', 'User Story 4 - Rename saved filters (Priority: P4)')).toBe(2);
    expect(quality('Phase 3: User Story 1 - [Title] (Priority: P1) 🎯 MVP', 'Phase 3: User Story 1 - Save filters (Priority: P1) 🎯 MVP')).toBe(2);
    expect(quality('Tool: `tool_name`', 'Tool: `create_preview_environment`')).toBe(2);
    expect(quality('`table_name`', '`preview_environments`')).toBe(1);
  });

  it('refuses headings whose fixed parts differ', () => {
    expect(quality('User Story 1 - [Brief Title] (Priority: P1)', 'Edge Cases')).toBe(0);
    expect(quality('Tool: `tool_name`', 'Tools overview')).toBe(0);
    expect(quality('`table_name`', 'Notes')).toBe(0);
    expect(quality('Phase 1: Setup (Shared Infrastructure)', 'Phase 2: Foundational (Blocking Prerequisites)')).toBe(0);
  });
});
