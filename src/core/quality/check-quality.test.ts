import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../markdown/import-markdown';
import { parseTemplate } from '../template/parse-template';
import { validateDraft } from '../validate/validate-draft';
import { checkQuality, type QualityOptions } from './check-quality';
import { earsPattern } from './check-ears';
import { QUALITY_CODES } from './quality-codes';

const template = (traceability: boolean) =>
  parseTemplate(
    [
      '# Spec: [NAME]',
      '',
      '## Requirements *(mandatory)*',
      '',
      '- **FR-001**: System MUST [do something]',
      '',
      '## Success Criteria *(mandatory)*',
      '',
      '- **SC-001**: [Measurable outcome]',
      '',
      '## Notes',
      '',
      '[Anything else.]',
      ...(traceability ? ['', '## Traceability', '', '[Which task or test covers which requirement.]'] : []),
      '',
    ].join('\n'),
    { id: 'quality' },
  ).template;

/** A spec of the test template with these requirements, criteria and notes. */
function spec(requirements: string[], criteria: string[], notes = 'None.', traceability: string | null = null) {
  const lines = ['# Spec: Run history', '', '## Requirements', '', ...requirements.map((r, k) => `- **FR-00${k + 1}**: ${r}`), '', '## Success Criteria', '', ...criteria.map((c, k) => `- **SC-00${k + 1}**: ${c}`), '', '## Notes', '', notes, ''];
  if (traceability !== null) lines.push('## Traceability', '', traceability, '');
  return importMarkdown(lines.join('\n'), template(traceability !== null), { id: 'q', now: new Date(0) }).draft;
}

const GOOD_CRITERIA = ['Health loads in under 250 ms at p95.'];
const codes = (draft: ReturnType<typeof spec>, options?: QualityOptions) => checkQuality(draft, options).map((f) => `${f.code} ${f.field ?? '-'}`);

describe('keyword-case', () => {
  it('passes requirements that all write RFC 2119 keywords in capitals, or all in lower case', () => {
    expect(codes(spec(['System MUST store each run.', 'System SHOULD keep raw payloads.'], GOOD_CRITERIA))).toEqual([]);
    expect(codes(spec(['System must store each run.', 'System should keep raw payloads.'], GOOD_CRITERIA))).toEqual([]);
  });

  it('finds the requirement in lower case among capitals', () => {
    const draft = spec(['System MUST store each run.', 'System must reject unknown pipelines.'], GOOD_CRITERIA);
    expect(checkQuality(draft)).toMatchObject([{ severity: 'warning', code: 'keyword-case', field: 'FR-002', message: 'FR-002 says "must" where the other requirements write RFC 2119 keywords in capitals: write "MUST" (Requirements).' }]);
  });
});

describe('untestable-requirement', () => {
  it('passes requirements a test can check', () => {
    expect(codes(spec(['System MUST answer within 200 ms.', 'System MUST give analysts a fast run history.'], GOOD_CRITERIA))).toEqual([]);
  });

  it('finds hedges and qualities with no measure', () => {
    const draft = spec(['System MUST retry as appropriate.', 'The page SHOULD be fast.', 'The form MUST be user friendly.', 'System MUST be fast: under 200 ms.'], GOOD_CRITERIA);
    expect(checkQuality(draft).map((f) => f.message)).toEqual([
      'FR-001 says "as appropriate": no test can tell whether it holds. Say exactly what, with a number where it is a quality (Requirements).',
      'FR-002 says "be fast": no test can tell whether it holds. Say exactly what, with a number where it is a quality (Requirements).',
      'FR-003 says "user friendly": no test can tell whether it holds. Say exactly what, with a number where it is a quality (Requirements).',
    ]);
  });
});

describe('ears-form (a per-template option)', () => {
  it('recognises each EARS pattern', () => {
    expect(earsPattern('The system shall log each run.')).toBe('ubiquitous');
    expect(earsPattern('System MUST store each run.')).toBe('ubiquitous');
    expect(earsPattern('When a run fails, the system shall page the owner.')).toBe('event');
    expect(earsPattern('While a backfill runs, the API shall answer from the cache.')).toBe('state');
    expect(earsPattern('If an event is malformed, then the system shall reject it with 422.')).toBe('unwanted');
    expect(earsPattern('Where Grafana is installed, the system shall expose a data source.')).toBe('optional');
    expect(earsPattern('While online, when a run ends, the system shall notify the owner.')).toBe('complex');
    expect(earsPattern('Users can see their runs.')).toBeNull();
    expect(earsPattern('When a run fails, page someone.')).toBeNull();
  });

  it('is off unless asked for, and then finds the requirement in no pattern', () => {
    const draft = spec(['When a run fails, the system shall page the owner.', 'Users can see their runs.'], GOOD_CRITERIA);
    expect(codes(draft)).toEqual([]);
    expect(codes(draft, { ears: true })).toEqual(['ears-form FR-002']);
  });
});

describe('criterion-unmeasured', () => {
  it('passes criteria with a number, a unit or an absolute amount', () => {
    expect(codes(spec(['System MUST store each run.'], ['Health loads in under 2 seconds.', 'Re-ingesting creates no duplicates.', 'Totals match exactly.']))).toEqual([]);
  });

  it('finds a criterion with no measure, and leaves one with a vague word to vague-criterion', () => {
    expect(codes(spec(['System MUST store each run.'], ['Analysts trust the history.', 'The page is fast.']))).toEqual(['criterion-unmeasured SC-001']);
  });
});

describe('id-unknown and id-unreferenced', () => {
  it('passes references to IDs that exist, however padded', () => {
    expect(codes(spec(['System MUST store each run.', 'System MUST dedupe what FR-1 stores.'], GOOD_CRITERIA, 'See FR-002 and SC-001.'))).toEqual([]);
  });

  it('finds a reference to an ID no item has', () => {
    const draft = spec(['System MUST store each run.'], GOOD_CRITERIA, 'As FR-009 says, keep it.');
    expect(checkQuality(draft)).toMatchObject([{ code: 'id-unknown', field: 'FR-009', sectionId: 'notes', message: 'The text refers to FR-009, which no item of this document has (Notes).' }]);
  });

  it('finds IDs referenced nowhere else when the template has a traceability section, and only then', () => {
    const requirements = ['System MUST store each run.', 'System MUST reject unknown pipelines.'];
    expect(codes(spec(requirements, GOOD_CRITERIA, 'None.', 'FR-001 and SC-001 are covered by T010.'))).toEqual(['id-unreferenced FR-002']);
    expect(codes(spec(requirements, GOOD_CRITERIA))).toEqual([]);
  });
});

describe('checkQuality in validateDraft', () => {
  it('reports its warnings among the others, at the file’s lines', () => {
    const draft = spec(['System MUST store each run.', 'System must reject unknown pipelines.'], GOOD_CRITERIA);
    const finding = validateDraft(draft).find((f) => f.code === 'keyword-case');
    expect(finding).toMatchObject({ severity: 'warning', field: 'FR-002', line: 6 });
  });

  it('skips texts with placeholders left, and never throws', () => {
    expect(checkQuality(importMarkdown('', template(true), { id: 'q', now: new Date(0) }).draft)).toEqual([]);
    expect(checkQuality(null as never)).toEqual([]);
    expect(checkQuality({ sections: 'nope' } as never)).toEqual([]);
  });

  it('has stable kebab-case codes', () => {
    for (const code of QUALITY_CODES) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});
