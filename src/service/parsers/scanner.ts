const ZERO = 48;
const SPACE = 32;
const TAB = 9;

/**
 * A cursor over one line. The format parsers read headers with it field by field instead of slicing at
 * fixed columns, and one scanner is reused for every line of a file, so reading allocates nothing but
 * the substrings a record keeps.
 */
export class Scanner {
  text = '';
  pos = 0;

  reset(text: string, pos = 0): this {
    this.text = text;
    this.pos = pos;
    return this;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): number {
    return this.text.charCodeAt(this.pos);
  }

  /** Reads exactly count digits as a number; -1 (and no move) when they are not all digits. */
  digits(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const d = this.text.charCodeAt(this.pos + i) - ZERO;
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    this.pos += count;
    return value;
  }

  /** Reads 1 to max digits; -1 when there is none. */
  number(max = 15): number {
    let value = 0;
    let count = 0;
    while (count < max) {
      const d = this.text.charCodeAt(this.pos) - ZERO;
      if (d < 0 || d > 9) {
        break;
      }
      value = value * 10 + d;
      this.pos++;
      count++;
    }
    return count > 0 ? value : -1;
  }

  /** Consumes the character when it is next. */
  accept(char: string): boolean {
    if (this.text.charCodeAt(this.pos) !== char.charCodeAt(0)) {
      return false;
    }
    this.pos++;
    return true;
  }

  /** Consumes the text when it comes next. */
  acceptText(text: string): boolean {
    if (!this.text.startsWith(text, this.pos)) {
      return false;
    }
    this.pos += text.length;
    return true;
  }

  /** Skips spaces and tabs; returns how many. */
  spaces(): number {
    const start = this.pos;
    let code = this.text.charCodeAt(this.pos);
    while (code === SPACE || code === TAB) {
      code = this.text.charCodeAt(++this.pos);
    }
    return this.pos - start;
  }

  /** Reads up to the next space (or the end). */
  word(): string {
    const start = this.pos;
    let code = this.text.charCodeAt(this.pos);
    while (this.pos < this.text.length && code !== SPACE && code !== TAB) {
      code = this.text.charCodeAt(++this.pos);
    }
    return this.text.slice(start, this.pos);
  }

  /**
   * Reads "[value]" and returns the value without its padding; null (and no move) when there is none.
   * When the value equals `same` (the one the line before had), that very string is returned.
   */
  bracket(same: string | null = null): string | null {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== 91) {
      return null;
    }
    const close = text.indexOf(']', this.pos + 1);
    if (close < 0) {
      return null;
    }

    let start = this.pos + 1;
    let end = close;
    while (start < end && isBlankCode(text.charCodeAt(start))) {
      start++;
    }
    while (end > start && isBlankCode(text.charCodeAt(end - 1))) {
      end--;
    }
    this.pos = close + 1;
    return same !== null && same.length === end - start && text.startsWith(same, start) ? same : text.slice(start, end);
  }

  /** The rest of the line. */
  rest(): string {
    return this.pos === 0 ? this.text : this.text.slice(this.pos);
  }
}

/** text.slice(start, end) without the spaces around it. */
export function trimmed(text: string, start: number, end: number): string {
  while (start < end && isBlankCode(text.charCodeAt(start))) {
    start++;
  }
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) {
    end--;
  }
  return text.slice(start, end);
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isBlankCode(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

function isBlankCode(code: number): boolean {
  return code === SPACE || code === TAB || code === 13 || code === 0xa0 || code === 0xfeff;
}
