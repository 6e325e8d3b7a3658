/**
 * A synthetic template with a given number of sections, each with the block
 * kinds real templates have (prose, fields, an ID list, scenarios, a table),
 * for measuring the editor on drafts larger than any built-in template.
 */
export function bigTemplate(sectionCount: number): string {
  const parts = ['# Feature Specification: [FEATURE NAME]', '', '**Status**: Draft', '**Created**: [DATE]', ''];
  for (let k = 1; k <= sectionCount; k++) {
    parts.push(
      `## Area ${k} *(mandatory)*`,
      '',
      `[Describe area ${k} in plain language]`,
      '',
      '**Owner**: [team] | **Priority**: Must Have / Should Have / Nice to Have',
      '',
      `- **R${String.fromCharCode(65 + (k % 26))}-001**: System MUST [capability ${k}]`,
      `- **R${String.fromCharCode(65 + (k % 26))}-002**: System MUST [another capability]`,
      '',
      '1. **Given** [state], **When** [action], **Then** [outcome]',
      '',
      '| Risk | Impact |',
      '|------|--------|',
      '| [risk] | Low/Med/High |',
      '',
    );
  }
  return parts.join('\n');
}
