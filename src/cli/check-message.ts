import { FINDING_CODES } from '../core/validate/finding';

/** Codes of the CLI's own, about a file as a whole rather than its content. */
export const FILE_CODES = ['file-unreadable', 'check-failed', 'not-text', 'too-large', 'no-template'] as const;
export type FileCode = (typeof FILE_CODES)[number];

/** Every code a check can report: the app's findings and the CLI's file codes. */
export const CHECK_CODES: readonly string[] = [...FINDING_CODES, ...FILE_CODES];

/**
 * One finding as the CLI prints it. `line` and `column` count from 1; 0 for
 * both means the file as a whole (ESLint's convention), as for a finding on a
 * part the file does not have.
 */
export type CheckMessage = {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
};

/** What checking one file gave. `unreadable` files make the exit code 2. */
export type FileResult = {
  /** As given or found, relative to the working folder, with `/` separators. */
  filePath: string;
  /** The template the file was checked against; null when it was not checked. */
  templateId: string | null;
  messages: CheckMessage[];
  unreadable: boolean;
};
