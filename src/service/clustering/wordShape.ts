const DIGITS = /[1-9]|0(?![xX])/g;

/**
 * The text with every digit read as 1, but the zero of "0x". No mask's outcome changes (masks ask only
 * whether a character is a digit, and "0x" keeps its zero) and no digit survives masking, so text of one
 * shape masks alike: masking is remembered per shape.
 */
export function shapeOf(text: string): string {
  return text.replace(DIGITS, '1');
}

/** What one pass over a word found, as flags: which masks may apply to it. */
export const DIGIT = 1;
export const STRUCTURED = 2;
export const REPEAT = 4;
export const SIGN = 8;
/** Digits with single separators only ("10.11.10.1", "07:07:00", "2005-06-03"): one wildcard whatever else. */
export const NUMBER = 16;
export const SLASH = 32;
export const AT = 64;
export const HEX = 128;
export const DOTS = 256;
export const COLON_DOT = 512;
export const SEPARATORS = 1024;

/** What each ASCII character may start: a digit, a slash, "@", a dot, a separator, a sign, punctuation. */
const C_DIGIT = 1;
const C_SLASH = 2;
const C_AT = 4;
const C_DOT = 8;
const C_SEPARATOR = 16;
const C_COLON = 32;
const C_SIGN = 64;
const C_PUNCT = 128;
const C_NUMBER_JOIN = 256;
const CHARS = charClasses();

function charClasses(): Uint16Array {
  const table = new Uint16Array(128);
  const mark = (chars: string, flag: number) => [...chars].forEach((ch) => (table[ch.charCodeAt(0)] |= flag));
  mark('0123456789', C_DIGIT);
  mark('/\\', C_SLASH);
  mark('@', C_AT);
  mark('.', C_DOT);
  mark(':-', C_SEPARATOR);
  mark(':', C_COLON);
  mark('-+', C_SIGN);
  mark('.:,-', C_NUMBER_JOIN);
  for (let c = 33; c < 127; c++) {
    const ch = String.fromCharCode(c);
    if (!/[A-Za-z0-9<>*]/.test(ch)) {
      table[c] |= C_PUNCT;
    }
  }
  return table;
}

/** Which masks may apply to a word: digits, structure only the patterns catch, repeated punctuation, signs. */
export function scan(word: string): number {
  let found = 0;
  let dots = 0;
  let separators = 0;
  let colon = false;
  let numeric = word.length > 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = c < 128 ? CHARS[c] : 0;
    if (k === 0) {
      numeric = false;
      continue;
    }
    if (k & C_DIGIT) {
      found |= c === 48 && (word.charCodeAt(i + 1) | 32) === 120 ? DIGIT | HEX : DIGIT;
      continue;
    }

    found |= (k & C_SLASH ? SLASH : 0) | (k & C_AT ? AT : 0) | (k & C_SIGN ? SIGN : 0);
    dots += k & C_DOT ? 1 : 0;
    separators += k & C_SEPARATOR ? 1 : 0;
    colon ||= (k & C_COLON) !== 0;
    if (k & C_PUNCT && word.charCodeAt(i + 1) === c) {
      found |= REPEAT;
    }
    numeric &&= (k & C_NUMBER_JOIN) !== 0 && i > 0 && isDigit(word, i + 1);
  }
  return numeric ? NUMBER : withStructure(found, dots, separators, colon);
}

function withStructure(found: number, dots: number, separators: number, colon: boolean): number {
  let flags = found;
  flags |= dots > 1 ? DOTS : 0;
  flags |= separators > 1 ? SEPARATORS : 0;
  flags |= dots > 0 && colon ? COLON_DOT : 0;
  return flags & (SLASH | AT | HEX | DOTS | SEPARATORS | COLON_DOT) ? flags | STRUCTURED : flags;
}

function isDigit(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c >= 48 && c <= 57;
}
