/**
 * A user's Markdown as it goes into the file, and back. Inside fenced code
 * nothing changes. Outside it, trailing blanks go, runs of blank lines become
 * one, and a hard break written with trailing spaces (the way the prose
 * editor writes it) becomes a backslash, which means the same in GFM and
 * leaves no trailing space. A fence or HTML comment left open is closed, so it
 * cannot swallow the rest of the text. Linear in the text's length.
 */
export function exportProse(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: Fence | null = null;
  let inComment = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (fence) {
      if (closesFence(line, fence)) {
        out.push(trimEndBlanks(line));
        fence = null;
      } else {
        out.push(line);
      }
      continue;
    }
    const stripped = trimEndBlanks(line);
    if (inComment) {
      out.push(stripped);
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (stripped === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const opened = openFence(line);
    if (opened) {
      fence = opened;
      out.push(stripped);
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.slice(line.indexOf('<!--') + 4).includes('-->')) inComment = true;
    const next = lines[k + 1];
    const hardBreak = line.endsWith('  ') && continuesParagraph(next) && !endsWithOddBackslashes(stripped);
    out.push(hardBreak ? `${stripped}\\` : stripped);
  }
  if (fence) out.push(fence.marker);
  else if (inComment) out.push('-->');
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Prose read from a file, in the form the prose editor keeps: a backslash
 * hard break becomes trailing spaces again, so a draft's prose survives an
 * export and import unchanged.
 */
export function importProse(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: Fence | null = null;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const opened = openFence(line);
    if (opened) {
      fence = opened;
      continue;
    }
    if (endsWithOddBackslashes(line) && continuesParagraph(lines[k + 1])) lines[k] = `${line.slice(0, -1)}  `;
  }
  return lines.join('\n');
}

type Fence = { char: string; length: number; marker: string };

// Lines that start a block of their own, as the engine's scanner reads them: before one, a
// trailing backslash or two spaces are not a hard break but text (`- a\` then `- b`).
const BLOCK_START = /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|<!--|`{3,}|~{3,}|(?:=+|-+)[ \t]*$)/;

function continuesParagraph(next: string | undefined): boolean {
  return next !== undefined && next.trim() !== '' && !BLOCK_START.test(next) && !isRule(next);
}

/** `***`, `_ _ _`: three or more of one of `-*_` with blanks between. */
function isRule(line: string): boolean {
  const text = line.trim();
  const mark = text[0];
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  let count = 0;
  for (const ch of text) {
    if (ch === mark) count++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return count >= 3;
}

/** An opening fence as the engine's scanner reads one. */
function openFence(line: string): Fence | null {
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (!open) return null;
  const marker = open[1]!;
  if (marker[0] === '`' && line.slice(open[0].length).includes('`')) return null;
  return { char: marker[0]!, length: marker.length, marker };
}

function closesFence(line: string, fence: Fence): boolean {
  const trimmed = line.trim();
  if (trimmed.length < fence.length) return false;
  for (let k = 0; k < trimmed.length; k++) if (trimmed[k] !== fence.char) return false;
  return true;
}

function trimEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

function endsWithOddBackslashes(line: string): boolean {
  let n = 0;
  while (n < line.length && line[line.length - 1 - n] === '\\') n++;
  return n % 2 === 1;
}
