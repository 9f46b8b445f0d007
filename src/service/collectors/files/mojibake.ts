import { isUtf8 } from 'node:buffer';

import iconv from 'iconv-lite';

/**
 * UTF-8 text that something read as a single-byte code page and wrote out again: each Cyrillic letter
 * (lead byte 0xD0 or 0xD1, then a byte 0x80-0xBF) became two characters of that code page, e.g. «К»
 * (D0 9A) became «╨Ъ» through CP866 (Android logcat, Windows consoles) or «Рљ» through CP1251.
 */
interface Garbling {
  codePage: 'cp866' | 'cp1251';
  run: RegExp;
}

const RUSSIAN = /^[\u0401\u0410-\u044f\u0451]+$/;

function charsOf(codePage: string, from: number, to: number): string {
  const bytes = Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i));
  return [...iconv.decode(bytes, codePage)]
    .filter((c) => c !== '\ufffd')
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');
}

/** One garbled letter: the code page's form of a 0xD0/0xD1 lead byte, then of a continuation byte. */
function pair(codePage: Garbling['codePage']): string {
  return `[${charsOf(codePage, 0xd0, 0xd1)}][${charsOf(codePage, 0x80, 0xbf)}]`;
}

/** A run of at least minLetters garbled letters; CP1251 needs two, as «Сё» also starts real words. */
function garbling(codePage: Garbling['codePage'], minLetters: number): Garbling {
  return { codePage, run: new RegExp(`(?:${pair(codePage)}){${minLetters},}`, 'g') };
}

const GARBLINGS = [garbling('cp866', 1), garbling('cp1251', 2)];

const SUSPECT = new RegExp(`${pair('cp866')}|(?:${pair('cp1251')}){2}`);

/** The characters a garbled letter starts with: 0xD0 and 0xD1 as CP866 and as CP1251 show them. */
const LEADS = ['\u2568', '\u2564', 'Р', 'С'];

/**
 * A test whether a block of bytes in the given encoding may hold a garbled run: it holds one of the
 * lead characters. A native byte search, so most blocks skip the per-line check.
 */
export function garbleTest(encoding: 'utf8' | 'cp1251' | 'cp866'): (bytes: Buffer) => boolean {
  const leads = LEADS.map((c) => iconv.encode(c, encoding)).filter((b) => b.length > 0 && !b.includes(0x3f));
  return (bytes) => leads.some((lead) => bytes.includes(lead));
}

function mayBeGarbled(text: string): boolean {
  return SUSPECT.test(text);
}

/** Turns garbled runs back into Cyrillic; a run that does not decode to Russian letters is left as it was. */
export function repairMojibake(text: string): string {
  if (!mayBeGarbled(text)) {
    return text;
  }

  let repaired = text;
  for (const { codePage, run } of GARBLINGS) {
    repaired = repaired.replace(run, (garbled) => restore(garbled, codePage));
  }
  return repaired;
}

function restore(garbled: string, codePage: Garbling['codePage']): string {
  const bytes = iconv.encode(garbled, codePage);
  if (!isUtf8(bytes)) {
    return garbled;
  }
  const text = bytes.toString('utf8');
  return RUSSIAN.test(text) ? text : garbled;
}
