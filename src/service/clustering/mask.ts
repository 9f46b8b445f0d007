import {
  AT,
  COLON_DOT,
  DIGIT,
  DOTS,
  HEX,
  NUMBER,
  REPEAT,
  scan,
  SEPARATORS,
  shapeOf,
  SIGN,
  SLASH,
  STRUCTURED,
} from './wordShape';

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

/** Words that need masking come in few shapes ("10.11.10.1:50010", "blk_-6952..."): each is masked once. */
function remembered(word: string, found: number): string {
  const shape = found & DIGIT ? shapeOf(word) : word;
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
