/**
 * A path glob -> a RegExp over posix relative paths: `**` any folders, `*`
 * anything but `/`, `?` one character, `{a,b}` either, `[abc]` a class. A
 * pattern with no `/` matches the file name in any folder, as .gitignore does.
 */
export function globPattern(glob: string): RegExp {
  const pattern = glob.replace(/^\.\//, '');
  const anywhere = !pattern.includes('/');
  let out = '';
  let braces = 0;
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k]!;
    if (c === '*' && pattern[k + 1] === '*') {
      const slash = pattern[k + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      k += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const end = pattern.indexOf(']', k + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${pattern.slice(k + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        k = end;
      }
    } else out += c.replace(/[.+^$()|\\/\]}]/g, '\\$&');
  }
  return new RegExp(`^${anywhere ? '(?:.*/)?' : ''}${out}$`);
}

/** Whether `arg` is a glob rather than a plain path. */
export function isGlob(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

/** The folder a glob starts from: its path up to the first part with a wildcard (`specs/**\/*.md` -> `specs`). */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const first = parts.findIndex(isGlob);
  return parts.slice(0, first < 0 ? parts.length : first).join('/') || '.';
}
