import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../template/find-placeholders';
import { quickPlaceholders } from './quick-placeholders';

// Pieces of every placeholder kind and of what is near one, so the strings hit the edges.
const PIECES = [
  '[', ']', '{', '}', '<', '>', '(', ')', '$', '`', '\n', ' ', ':', '-', '/', '.', '"', '!',
  'A', 'X', 'x', 'e', 'FEATURE', 'NEEDS CLARIFICATION', 'TODO', 'todo', 'YYYY', 'YYYY-MM-DD', 'MM', 'fill', 'fill me in', 'to be', 'determined',
  'ARGUMENTS', 'id', 'div', 'http://x', 'P', 'US1',
  // whole placeholders of every kind, so each trigger is needed
  '[FEATURE NAME]', '[NEEDS CLARIFICATION: why?]', '{title of option 1}', '<placeholder>', '(fill me in with a name)', '(to be determined)', '(describe the problem here)', '(Explain why)', '$ARGUMENTS', 'TODO(SECRET)', 'YYYY-MM-DD',
];

describe('quickPlaceholders', () => {
  it('finds exactly what findPlaceholders finds, in every context', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), fc.constantFrom('text' as const, 'heading' as const, 'code' as const), (value, context) => {
        expect(quickPlaceholders(value, context)).toEqual(findPlaceholders(value, context));
      }),
      { numRuns: 3000 },
    );
  });
});
