import { describe, expect, it } from 'vitest';
import { inferField, slashChoices } from './infer-field';

const field = (label: string, value: string, comment?: string) => inferField({ label, value, line: 1, ...(comment ? { comment } : {}) });

describe('inferField', () => {
  it('makes an enum from /-separated choices, with or without brackets', () => {
    expect(field('Status', '[Draft / Review / Approved / Implemented]')).toMatchObject({ type: 'enum', options: ['Draft', 'Review', 'Approved', 'Implemented'] });
    expect(field('Priority', 'Must Have / Should Have / Nice to Have')).toMatchObject({ type: 'enum', options: ['Must Have', 'Should Have', 'Nice to Have'] });
  });

  it('makes an enum from a comment or braces with | choices, defaulting to a listed value', () => {
    expect(field('status', 'draft', 'draft | approved | done')).toMatchObject({ type: 'enum', options: ['draft', 'approved', 'done'], defaultValue: 'draft', help: 'draft | approved | done' });
    expect(field('status', '{proposed | rejected | accepted}')).toMatchObject({ type: 'enum', options: ['proposed', 'rejected', 'accepted'] });
    expect(field('status', '{proposed | rejected | accepted}').defaultValue).toBeUndefined();
  });

  it('types dates from YYYY-MM-DD or [DATE], and versions from X.Y.Z', () => {
    expect(field('Created', '[DATE]').type).toBe('date');
    expect(field('created', 'YYYY-MM-DD').type).toBe('date');
    expect(field('Start Date', "(fill me in with today's date, YYYY-MM-DD)").type).toBe('date');
    expect(field('Version', '[X.Y.Z]').type).toBe('version');
    expect(field('Version', '1.4.0')).toMatchObject({ type: 'version' });
  });

  it('keeps a real value as the default and a placeholder as help', () => {
    expect(field('Status', 'Draft')).toMatchObject({ type: 'text', defaultValue: 'Draft' });
    expect(field('Author', '[AUTHOR_NAME]')).toMatchObject({ type: 'text', help: 'AUTHOR_NAME' });
    expect(field('Author', '[AUTHOR_NAME]').defaultValue).toBeUndefined();
  });

  it('unwraps a code span and remembers it', () => {
    expect(field('Feature Branch', '`[###-feature-name]`')).toMatchObject({ wrap: '`', placeholders: [{ text: '[###-feature-name]' }] });
  });
});

describe('slashChoices', () => {
  it('accepts short choices and refuses prose with slashes', () => {
    expect(slashChoices('Low/Med/High')).toEqual(['Low', 'Med', 'High']);
    expect(slashChoices('[User/stakeholder who benefits]')).toBeUndefined();
    expect(slashChoices('[e.g., library/cli/web-service or NEEDS CLARIFICATION]')).toBeUndefined();
    expect(slashChoices('[ingest/store/serve behavior tied to `clients`]')).toBeUndefined();
    expect(slashChoices('Draft')).toBeUndefined();
  });
});
