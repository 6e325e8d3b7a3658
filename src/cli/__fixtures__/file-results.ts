import type { FileResult } from '../check-message';

/** Three files: one clean, one with an error and a warning (one on the file as a whole), one unreadable. */
export const clean: FileResult = { filePath: 'specs/clean.md', templateId: 'speckit', messages: [], unreadable: false };
export const broken: FileResult = {
  filePath: 'specs/broken, 1.md',
  templateId: 'speckit',
  unreadable: false,
  messages: [
    { line: 0, column: 0, severity: 'warning', code: 'not-in-document', message: '"Success Criteria" is mandatory in the template, but not in this document.' },
    { line: 12, column: 5, severity: 'error', code: 'placeholder-left', message: 'FR-002 still has the placeholder [NEEDS: 100%]\nand more.' },
  ],
};
export const unreadable: FileResult = {
  filePath: 'specs/locked.md',
  templateId: null,
  unreadable: true,
  messages: [{ line: 0, column: 0, severity: 'error', code: 'file-unreadable', message: 'The file cannot be read: permission denied.' }],
};
