/**
 * A text's lines with their offsets. A final line break ends the last line
 * rather than starting an empty one, so `a\n` is one line.
 */
export class LineIndex {
  readonly lines: string[];
  readonly starts: number[];

  constructor(readonly text: string) {
    this.lines = text.split('\n');
    if (this.lines.length > 1 && text.endsWith('\n')) this.lines.pop();
    this.starts = [];
    let at = 0;
    for (const line of this.lines) {
      this.starts.push(at);
      at += line.length + 1;
    }
  }

  /** The line an offset is on; an offset past the end is on the last line. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The offset just past the line's last character (its line break, or the text's end). */
  endOf(line: number): number {
    return this.starts[line]! + this.lines[line]!.length;
  }
}
