import { readFile, stat } from 'node:fs/promises';
import { MAX_DRAFT_CHARS } from '../core/draft/content-caps';
import type { TemplateSchema } from '../core/template/schema';
import { checkMarkdown, type CheckOptions } from './check-markdown';
import type { FileResult } from './check-message';
import type { SpecFile } from './find-spec-files';

/** More bytes than MAX_DRAFT_CHARS characters can take in UTF-8: such a file is refused unread. */
const MAX_FILE_BYTES = 4 * MAX_DRAFT_CHARS;

/**
 * Reads one file and checks it. A file that cannot be read, or that the
 * check fails on, is a result with `unreadable` set (exit code 2), never a
 * throw, so one bad file does not hide the findings of the others.
 */
export async function checkFile(file: SpecFile, templates: readonly TemplateSchema[], chosen: TemplateSchema | null, options: CheckOptions): Promise<FileResult> {
  let text: string;
  try {
    const { size } = await stat(file.path);
    if (size > MAX_FILE_BYTES) {
      const message = `The file is ${(size / 1_000_000).toFixed(1)} MB; a draft may hold at most ${MAX_DRAFT_CHARS.toLocaleString('en-US')} characters. It cannot be imported, so it is not checked.`;
      return { filePath: file.shown, templateId: null, unreadable: false, messages: [{ line: 0, column: 0, severity: 'error', code: 'too-large', message }] };
    }
    text = new TextDecoder().decode(await readFile(file.path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { filePath: file.shown, templateId: null, unreadable: true, messages: [{ line: 0, column: 0, severity: 'error', code: 'file-unreadable', message: `The file cannot be read: ${reason}.` }] };
  }
  try {
    const { templateId, messages } = checkMarkdown(text, templates, chosen, options);
    return { filePath: file.shown, templateId, messages, unreadable: false };
  } catch (error) {
    return checkFailed(file, error);
  }
}

/**
 * A file the check itself failed on (a bug of ours, or a worker that
 * stopped): that file's error, exit code 2 as for a file that cannot be
 * read, and the other files still checked.
 */
export function checkFailed(file: Pick<SpecFile, 'shown'>, error: unknown): FileResult {
  const reason = error instanceof Error ? error.message : String(error);
  const message = `Specwright could not check this file (${reason}); please report it.`;
  return { filePath: file.shown, templateId: null, unreadable: true, messages: [{ line: 0, column: 0, severity: 'error', code: 'check-failed', message }] };
}
