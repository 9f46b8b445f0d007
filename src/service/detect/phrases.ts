import { type CatalogueEntry } from './catalogue';

const WORD_GAP = '[^0-9a-zа-яё]+';
const WILDCARD = '[0-9a-z_.-]+';
/** Only the head of a long record is searched: a phrase sits in the first lines, not in a stack trace. */
const SEARCHED_CHARS = 4000;

/**
 * Finds the catalogue wordings in a message: one case-insensitive pass of a single regular expression over
 * the lower-cased text. Words may be separated by any punctuation and spacing, "е" also stands for "ё", and
 * "*" in a wording stands for one identifier. When several wordings occur, the longest wins, so
 * "Ошибка ФН: Исчерпан ресурс хранения" is storage exhaustion, not a generic FN fault.
 */
export class PhraseMatcher {
  private readonly pattern: RegExp;
  private readonly entries: CatalogueEntry[] = [];

  /** Entries earlier in the list win when two of them share a wording. */
  constructor(entries: readonly CatalogueEntry[]) {
    const seen = new Set<string>();
    const phrases: Array<{ source: string; length: number; entry: CatalogueEntry }> = [];
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const source = phraseSource(phrase);
        if (source !== '' && !seen.has(source)) {
          seen.add(source);
          phrases.push({ source, length: phrase.length, entry });
        }
      }
    }

    phrases.sort((a, b) => b.length - a.length);
    this.entries = phrases.map((p) => p.entry);
    const alternatives = phrases.map((p) => `(${p.source})`).join('|');
    this.pattern = new RegExp(alternatives || '(?!)', 'g');
  }

  /** The entry of the longest wording in the text, or null. */
  match(text: string): CatalogueEntry | null {
    const lower = (text.length > SEARCHED_CHARS ? text.slice(0, SEARCHED_CHARS) : text).toLowerCase();
    this.pattern.lastIndex = 0;

    let best: CatalogueEntry | null = null;
    let bestLength = 0;
    for (let m = this.pattern.exec(lower); m !== null; m = this.pattern.exec(lower)) {
      if (m[0].length > bestLength) {
        bestLength = m[0].length;
        best = this.entryOf(m);
      }
    }
    return best;
  }

  private entryOf(match: RegExpExecArray): CatalogueEntry | null {
    for (let group = 1; group < match.length; group++) {
      if (match[group] !== undefined) {
        return this.entries[group - 1];
      }
    }
    return null;
  }
}

/** A wording as a pattern over lower-cased text. */
export function phraseSource(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^0-9a-zа-я*]+/)
    .filter((word) => word !== '')
    .map((word) => (word === '*' ? WILDCARD : word.replace(/е/g, '[её]')))
    .join(WORD_GAP);
}
