/** The longest name a download gets: long ids or titles make names some systems refuse. */
export const MAX_FILE_NAME_LENGTH = 100;

// Characters file systems refuse or that change how a name reads: separators, reserved marks, controls, direction controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * A file name that is safe to offer for download: unsafe characters become
 * `-`, and a name longer than 100 characters is cut, keeping its extension.
 */
export function capFileName(name: string): string {
  const safe = name.replace(UNSAFE, '-');
  if (safe.length <= MAX_FILE_NAME_LENGTH) return safe || 'download';
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
  const stem = Array.from(safe.slice(0, safe.length - extension.length));
  // Cut by code points so a surrogate pair is never split.
  let kept = '';
  for (const char of stem) {
    if (kept.length + char.length > MAX_FILE_NAME_LENGTH - extension.length) break;
    kept += char;
  }
  return `${kept.replace(/[-.\s]+$/, '')}${extension}`;
}
