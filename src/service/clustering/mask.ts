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
const JOINED = /<\*>(?:[^\w\s<>*]{0,2}<\*>)+/g;
const REPEATED_PUNCT = /([^\w\s<>*])\1+/g;

/**
 * Masks the variable parts of one whitespace-free word: URLs, paths, e-mail addresses, dotted
 * identifiers (hosts, Java packages), hexadecimal values, long ids and numbers. Letters next to a
 * short number stay ("ttyS<*>"), so words that differ only in their number keep their stem.
 */
export function maskWord(word: string): string {
  if (isPlain(word)) {
    return word;
  }

  const masked = word
    .replace(URL, WILDCARD)
    .replace(PATH, (match, lead: string) => lead + WILDCARD + (/[:.]+$/.exec(match)?.[0] ?? ''))
    .replace(SLASHED, (match) => (match.includes('<*>') ? match : WILDCARD))
    .replace(HOST_PORT, WILDCARD)
    .replace(EMAIL, WILDCARD)
    .replace(DOTTED, (match) => (ERROR_CLASS.test(match) ? match : WILDCARD))
    .replace(HEX_PREFIXED, WILDCARD)
    .replace(HEX_GROUPS, (match) => (/\d/.test(match) ? WILDCARD : match))
    .replace(ALNUM_RUN, maskRun)
    .replace(SIGNED, '$1')
    .replace(JOINED, WILDCARD);
  return masked.replace(REPEATED_PUNCT, '$1');
}

/** A word with nothing a mask could match: no digit, slash, backslash, "@" and at most one dot. */
function isPlain(word: string): boolean {
  let dots = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 47 || c === 92 || c === 64) {
      return false;
    }
    if (c === 46 && ++dots > 1) {
      return false;
    }
    if (c === 46 || c === 45 || c === 58 || c === 44) {
      // A run of punctuation may need folding; let the slow path decide.
      if (word.charCodeAt(i + 1) === c) {
        return false;
      }
    }
  }
  return true;
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
