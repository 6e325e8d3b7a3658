/** 1 MB: far beyond any real template (spec-kit's largest is 12 KB); the engine's own limit is 1 million characters. */
export const MAX_TEMPLATE_BYTES = 1_000_000;

export type ReadTemplateFileResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * A chosen or dropped file as template text, or a plain reason it cannot be
 * one. The size is checked before anything is read, so a huge file costs
 * nothing; a NUL byte marks a binary file (an image, a PDF, a UTF-16 file).
 */
export async function readTemplateFile(file: File): Promise<ReadTemplateFileResult> {
  if (file.size > MAX_TEMPLATE_BYTES) {
    return { ok: false, message: `“${file.name}” is ${formatSize(file.size)}; a template can be at most 1 MB. It was not read, and nothing was saved.` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty: there is no template in it. Nothing was saved.` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Nothing was saved.` };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: `“${file.name}” is not a text file (it contains a NUL byte), so it cannot be a Markdown template. Save it as UTF-8 text and try again. Nothing was saved.` };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return { ok: false, message: `“${file.name}” is empty: it holds only blank lines. Nothing was saved.` };
  return { ok: true, text };
}

function formatSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`;
}
