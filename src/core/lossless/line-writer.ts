/**
 * Output lines for exportLossless: copied source lines as they are, new
 * pieces set off by a blank line so they cannot run into their neighbours.
 */
export class LineWriter {
  private readonly out: string[] = [];
  private needBlank = false;

  constructor(
    private readonly lines: readonly string[],
    /** Lines of parts the draft no longer has: never copied. */
    private readonly dead: Uint8Array,
  ) {}

  /** Source lines [from, to), skipping dead ones. */
  copy(from: number, to: number): void {
    for (let k = from; k < to; k++) if (!this.dead[k]) this.push(this.lines[k]!);
  }

  /** Text in place of source lines (a changed part). */
  write(text: string): void {
    if (text === '') return;
    for (const line of text.split('\n')) this.push(line);
  }

  /** A new piece: a blank line before and after it, unless `tight` (a frontmatter key). */
  insert(text: string, tight = false): void {
    if (text === '') return;
    if (tight) {
      this.write(text);
      return;
    }
    const last = this.out[this.out.length - 1];
    if (last !== undefined && last.trim() !== '') this.out.push('');
    this.write(text);
    this.needBlank = true;
  }

  /** Source lines [from, to) as one text. */
  sourceText(from: number, to: number): string {
    return this.lines.slice(from, to).join('\n');
  }

  text(): string {
    return this.out.join('\n');
  }

  private push(line: string): void {
    if (this.needBlank) {
      this.needBlank = false;
      if (line.trim() !== '') this.out.push('');
    }
    this.out.push(line);
  }
}
