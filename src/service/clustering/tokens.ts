import { WILDCARD, maskWord } from './mask';
import { ShapeMemo } from './shapeMemo';
import { shapeOf } from './wordShape';

/** Longer messages are cut: what distinguishes one error from another is at the start. */
export const MAX_TOKENS = 64;
const MAX_CHARS = 2000;
/** Longest run of tokens that a repeated list is recognised by. */
const MAX_REPEAT = 3;
/** Lines of one shape (the same but for their digits) tokenise alike; this many shapes are remembered. */
const REMEMBERED_LINES = 20_000;
const remembered = new ShapeMemo<MaskedLine>(REMEMBERED_LINES);

const QUOTED_VALUE = /([=:]\s?)(["'])[^"'\n]*\2/g;
/** Month and weekday names (English only), am/pm and zones: beside a masked number they are part of a date. */
const CALENDAR_WORDS = new Set(
  (
    'mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july ' +
    'august september october november december am pm utc gmt msk cet cest pst pdt est edt z'
  )
    .split(' ')
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
);

const UNIT = /^([kmgtp]i?)?b(ytes?)?[,;.)]*$|^([mun]?s|secs?|min)[,;.)]*$/i;
const UNIT_WORD = /^[A-Za-z]+/;

/**
 * The message as a sequence of tokens with its variable parts masked. Only the first line counts
 * (a stack trace below it varies more than the error does). Consecutive variable tokens become one,
 * so a date written in four words and one in two mask alike.
 */
export function tokenise(message: string): readonly string[] {
  return maskLine(message).tokens;
}

/** A message's masked tokens, and the template key they make (the tokens joined by spaces). */
export interface MaskedLine {
  readonly tokens: readonly string[];
  readonly key: string;
}

/** The masked tokens and key of a message, remembered per shape of its first line. */
export function maskLine(message: string): MaskedLine {
  const end = firstLineEnd(message);
  return remembered.get(message, end) ?? rememberLine(shapeOf(message.slice(0, end)));
}

function rememberLine(shape: string): MaskedLine {
  const tokens = tokeniseLine(shape);
  const masked = { tokens, key: tokens.join(' ') };
  remembered.set(shape, masked);
  return masked;
}

function tokeniseLine(line: string): string[] {
  const text = line.includes('"') || line.includes("'") ? line.replace(QUOTED_VALUE, `$1$2${WILDCARD}$2`) : line;
  const words = splitWords(text);

  const tokens: string[] = [];
  for (let i = 0; i < words.length && tokens.length < MAX_TOKENS; i++) {
    const token = maskWord(words[i]);
    const last = tokens[tokens.length - 1];
    if (last?.endsWith(WILDCARD) && UNIT.test(token)) {
      tokens[tokens.length - 1] = last + token.replace(UNIT_WORD, '');
    } else if (token !== WILDCARD || last !== WILDCARD) {
      tokens.push(token);
    }
  }
  return foldRepeats(tokens.includes(WILDCARD) ? foldCalendarWords(tokens) : tokens);
}

/** Where the first line ends, cut at MAX_CHARS. */
function firstLineEnd(message: string): number {
  const newline = message.indexOf('\n');
  return Math.min(newline < 0 ? message.length : newline, MAX_CHARS);
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 160;
    if (space && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return words;
}

/** Month and weekday names beside a masked number are part of a date: the whole run is one wildcard. */
function foldCalendarWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let end = i;
    let masked = false;
    while (end < tokens.length && (tokens[end] === WILDCARD || isCalendarWord(tokens[end]))) {
      masked ||= tokens[end] === WILDCARD;
      end++;
    }

    if (end === i) {
      out.push(tokens[i++]);
    } else if (masked) {
      out.push(WILDCARD);
      i = end;
    } else {
      out.push(...tokens.slice(i, end));
      i = end;
    }
  }
  return out;
}

function isCalendarWord(token: string): boolean {
  if (token.length > 10) {
    return false;
  }
  const last = token.charCodeAt(token.length - 1);
  return CALENDAR_WORDS.has(last === 46 || last === 44 ? token.slice(0, -1) : token);
}

/** A list of values ("blk_<*> blk_<*> blk_<*>", "node-<*> <ok> node-<*> <ok>") counts as one: lists vary in length. */
function foldRepeats(tokens: string[]): string[] {
  if (!tokens.some((t) => t.includes(WILDCARD))) {
    return tokens;
  }

  const out: string[] = [];
  for (const token of tokens) {
    out.push(token);
    for (let size = 1; size <= MAX_REPEAT && size * 2 <= out.length; size++) {
      if (repeatsBlock(out, size)) {
        out.length -= size;
        break;
      }
    }
  }
  return out;
}

/** Whether the last `size` tokens repeat the `size` before them and hold a wildcard. */
function repeatsBlock(tokens: string[], size: number): boolean {
  const end = tokens.length;
  let masked = false;
  for (let i = end - size; i < end; i++) {
    if (tokens[i] !== tokens[i - size]) {
      return false;
    }
    masked ||= tokens[i].includes(WILDCARD);
  }
  return masked;
}
