/** Larger than any spec by far; a bigger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ReadFileResult = { ok: true; text: string } | { ok: false; message: string };

/** A dropped or chosen file as text, or a plain reason it cannot be imported. */
export async function readMarkdownFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a Markdown spec to import can be at most 2 MB.` };
  }
  const text = await file.text();
  if (text.includes('\u0000')) return { ok: false, message: `“${file.name}” is not a text file, so it cannot be a Markdown spec.` };
  if (text.trim() === '') return { ok: false, message: `“${file.name}” is empty.` };
  return { ok: true, text };
}
