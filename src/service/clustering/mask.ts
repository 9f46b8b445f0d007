/** The placeholder that stands for a variable part of a message. */
export const WILDCARD = '<*>';

const URL = /[A-Za-z][\w+.-]*:\/\/\S*/g;
const PATH = /(^|[=(\[{<'":,])(?:[A-Za-z]:\\|\\\\|~?\.{0,2}\/)[^\s)\]}>'",;]*/g;
const SLASHED = /[^\s/=(\[{]*\/[^\s/]*\/[^\s)\]}>'",;]*/g;
const HOST_PORT = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)+:\d{2,5}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const DOTTED = /[\w$-]+(\.[\w$-]+){2,}/g;
const ERROR_CLASS = /(Exception|Error)$/;
const HEX_PREFIXED = /0[xX][0-9a-fA-F]+/g;
const HEX_GROUPS = /\b[0-9a-fA-F]{1,16}(?:[:-][0-9a-fA-F]{1,16}){2,}\b/g;
const ALNUM_RUN = /[0-9A-Za-z]+/g;
const SIGNED = /(^|[^0-9A-Za-z])[-+](?=<\*>)/g;
const JOINED = /<\*>(?:[!-)+-/:;=?@[-`{-~]{0,2}<\*>)+/g;
const REPEATED_PUNCT = /([!-)+-/:;=?@[-^`{-~])\1+/g;

const MEMO_ENTRIES = 50_000;
const memo = new Map<string, string>();
const DIGITS_BUT_ZERO_ONE = /[2-9]/g;

const DIGIT = 1;
const STRUCTURED = 2;
const REPEAT = 4;
const SIGN = 8;
/** Digits with single separators only ("10.11.10.1", "07:07:00", "2005-06-03"): one wildcard whatever else. */
const NUMBER = 16;
const SLASH = 32;
const AT = 64;
const HEX = 128;
const DOTS = 256;
const COLON_DOT = 512;
const SEPARATORS = 1024;

/**
 * Masks the variable parts of one whitespace-free word: URLs, paths, e-mail addresses, dotted
 * identifiers (hosts, Java packages), hexadecimal values, long ids and numbers. Letters next to a
 * short number stay ("ttyS<*>"), so words that differ only in their number keep their stem.
 * One pass over the characters decides: most words need nothing, most others only their numbers
 * masked; only words with slashes, "@", dots or separated hex groups go through every pattern.
 */
export function maskWord(word: string): string {
  const found = scan(word);
  if (found & NUMBER) {
    return WILDCARD;
  }
  if (!(found & (DIGIT | STRUCTURED))) {
    return found & REPEAT ? word.replace(REPEATED_PUNCT, '$1') : word;
  }
  return remembered(word, found);
}

/**
 * Words that need masking come in few shapes ("10.11.10.1:50010", "blk_-6952..."): each shape is masked
 * once and remembered. Digits 2-9 read as 1 in the shape, which changes no mask's outcome (masks ask only
 * whether a character is a digit, and "0x" keeps its zero), so one entry serves every value.
 */
function remembered(word: string, found: number): string {
  const shape = found & DIGIT ? word.replace(DIGITS_BUT_ZERO_ONE, '1') : word;
  let masked = memo.get(shape);
  if (masked === undefined) {
    masked = found & STRUCTURED ? maskStructured(shape, found) : maskDigits(shape, found);
    if (memo.size >= MEMO_ENTRIES) {
      memo.clear();
    }
    memo.set(shape, masked);
  }
  return masked;
}

function maskDigits(word: string, found: number): string {
  let masked = maskRuns(word);
  if (found & SIGN) {
    masked = masked.replace(SIGNED, '$1');
  }
  if (masked.indexOf(WILDCARD) !== masked.lastIndexOf(WILDCARD)) {
    masked = masked.replace(JOINED, WILDCARD);
  }
  return found & REPEAT ? masked.replace(REPEATED_PUNCT, '$1') : masked;
}

/**
 * Every pattern in turn: the reference behaviour, which the quick path in maskWord agrees with. `found`
 * skips the patterns the word cannot match (each needs a slash, an "@", dots, "0x" or separators).
 */
export function maskStructured(word: string, found = -1): string {
  let masked = word;
  if (found & SLASH) {
    masked = masked
      .replace(URL, WILDCARD)
      .replace(PATH, (match, lead: string) => lead + WILDCARD + (/[:.]+$/.exec(match)?.[0] ?? ''))
      .replace(SLASHED, (match) => (match.includes('<*>') ? match : WILDCARD));
  }
  if (found & COLON_DOT) {
    masked = masked.replace(HOST_PORT, WILDCARD);
  }
  if (found & AT) {
    masked = masked.replace(EMAIL, WILDCARD);
  }
  if (found & DOTS) {
    masked = masked.replace(DOTTED, (match) => (ERROR_CLASS.test(match) ? match : WILDCARD));
  }
  if (found & HEX) {
    masked = masked.replace(HEX_PREFIXED, WILDCARD);
  }
  if (found & SEPARATORS) {
    masked = masked.replace(HEX_GROUPS, (match) => (/\d/.test(match) ? WILDCARD : match));
  }
  masked = masked.replace(ALNUM_RUN, maskRun).replace(SIGNED, '$1').replace(JOINED, WILDCARD);
  return masked.replace(REPEATED_PUNCT, '$1');
}

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
function scan(word: string): number {
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

/** Masks each run of letters and digits as maskRun does, without a regular expression. */
function maskRuns(word: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 32;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum && start < 0) {
      start = i;
    } else if (!alnum) {
      if (start >= 0) {
        out += maskRun(word.slice(start, i));
        start = -1;
      }
      if (i < word.length) {
        out += word[i];
      }
    }
  }
  return out;
}

/** One run of letters and digits: whole when it is an id, else only its digits. */
function maskRun(run: string): string {
  if (!/\d/.test(run)) {
    return run;
  }
  if (run.length >= 8 || (run.length >= 4 && /^[0-9a-fA-F]+$/.test(run))) {
    return WILDCARD;
  }
  return run.replace(/\d+/g, WILDCARD);
}
