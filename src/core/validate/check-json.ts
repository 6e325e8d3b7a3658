export type JsonCheck = { valid: true } | { valid: false; message: string; line: number; column: number };

/**
 * Whether `text` is JSON, and if not, where the first error is. Engines word
 * `JSON.parse` errors differently and not all give a position, so this scans
 * the text itself (RFC 8259) and uses `JSON.parse` only to confirm.
 *
 * Moved here from src/ui/block-fields so the validator and the code field say
 * the same thing; the scanner falls back to `JSON.parse` alone when nesting is
 * too deep for the call stack.
 */
export function checkJson(text: string): JsonCheck {
  let error: ScanError | null;
  try {
    error = new JsonScanner(text).scanDocument();
  } catch {
    error = null; // stack exhausted by deep nesting: JSON.parse decides
  }
  if (!error) {
    try {
      JSON.parse(text);
      return { valid: true };
    } catch (e) {
      return { valid: false, message: e instanceof Error ? e.message : 'Not valid JSON', ...lineColumn(text, text.length) };
    }
  }
  return { valid: false, message: error.message, ...lineColumn(text, error.at) };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let k = 0; k < offset; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lastBreak = k;
    }
  }
  return { line, column: offset - lastBreak };
}

type ScanError = { message: string; at: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

class JsonScanner {
  private at = 0;
  constructor(private readonly text: string) {}

  scanDocument(): ScanError | null {
    try {
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.at < this.text.length) this.fail(`Unexpected ${this.describe()} after the end of the JSON value`);
      return null;
    } catch (e) {
      if (e instanceof JsonScanFailure) return { message: e.message, at: e.at };
      throw e;
    }
  }

  private value(): void {
    const ch = this.text[this.at];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail(ch === undefined ? 'Unexpected end of input: expected a value' : `Unexpected ${this.describe()}: expected a value`);
  }

  private object(): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      if (this.text[this.at] !== '"') this.fail(`Unexpected ${this.describe()}: expected a property name in double quotes`);
      this.string();
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail(`Unexpected ${this.describe()}: expected ':' after the property name`);
      this.at++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const ch = this.text[this.at];
      if (ch === '}') {
        this.at++;
        return;
      }
      if (ch !== ',') this.fail(`Unexpected ${this.describe()}: expected ',' or '}'`);
      this.at++;
      this.skipSpace();
      if (this.text[this.at] === '}') this.fail("Unexpected '}': no trailing comma allowed");
    }
  }

  private array(): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      const ch = this.text[this.at];
      if (ch === ']') {
        this.at++;
        return;
      }
      if (ch !== ',') this.fail(`Unexpected ${this.describe()}: expected ',' or ']'`);
      this.at++;
      this.skipSpace();
      if (this.text[this.at] === ']') this.fail("Unexpected ']': no trailing comma allowed");
    }
  }

  private string(): void {
    this.at++;
    for (;;) {
      const ch = this.text[this.at];
      if (ch === undefined || ch === '\n') this.fail('Unterminated string');
      if (ch === '"') {
        this.at++;
        return;
      }
      if (ch === '\\') {
        const escape = this.text[this.at + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail('Bad \\u escape in string');
          this.at += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) this.fail('Bad escape in string');
        this.at += 2;
        continue;
      }
      if (ch < ' ') this.fail('Control character in string');
      this.at++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('Bad number');
    this.at += match[0].length;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at] as string)) this.at++;
  }

  private describe(): string {
    const ch = this.text[this.at];
    if (ch === undefined) return 'end of input';
    WORD.lastIndex = this.at;
    const word = WORD.exec(this.text)?.[0];
    return word ? `'${word}'` : `'${ch}'`;
  }

  private fail(message: string): never {
    throw new JsonScanFailure(message, this.at);
  }
}

class JsonScanFailure extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}
