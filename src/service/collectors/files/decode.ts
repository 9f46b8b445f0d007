import { isAscii, isUtf8 } from 'node:buffer';

import iconv from 'iconv-lite';

import { type Encoding } from './config';

export interface DecodedLine {
  text: string;
  /** Some bytes could not be decoded and were replaced by U+FFFD; the rest of the line is readable. */
  damaged: boolean;
}

type SingleByte = 'cp1251' | 'cp866';

const REPLACEMENT = '\ufffd';

/**
 * Decodes the lines of one file. "auto" decides per line: valid UTF-8 is UTF-8; anything else is the
 * Russian single-byte code page whose letters the bytes form, CP1251 or CP866, and when a line does not
 * tell (too few letters) the code page most lines of the file had so far.
 */
export class LineDecoder {
  private readonly tally: Record<SingleByte, number> = { cp1251: 0, cp866: 0 };

  constructor(private readonly encoding: Encoding) {}

  /**
   * A decoder for the lines of a block when every line in it decodes the same way and undamaged: valid
   * UTF-8 under utf8 and auto, any bytes but CP1251's one hole under a code page. Otherwise null, and the
   * lines are decoded one by one. Lines are given as byte ranges of the block.
   */
  blockDecoder(bytes: Buffer): ((start: number, end: number) => string) | null {
    if (this.encoding === 'utf8' || this.encoding === 'auto') {
      return isUtf8(bytes) ? (start, end) => bytes.toString('utf8', start, end) : null;
    }
    // One byte per character: byte ranges are character ranges.
    const text = iconv.decode(bytes, this.encoding);
    return text.includes(REPLACEMENT) ? null : (start, end) => text.slice(start, end);
  }

  decode(bytes: Buffer, cut: boolean): DecodedLine {
    if (isAscii(bytes)) {
      return { text: bytes.toString('latin1'), damaged: false };
    }

    switch (this.encoding) {
      case 'utf8':
        return decodeUtf8(cut ? trimPartialUtf8(bytes) : bytes);
      case 'cp1251':
      case 'cp866':
        return decodeSingleByte(bytes, this.encoding);
      case 'auto':
        return this.decodeAuto(cut ? trimPartialUtf8(bytes) : bytes);
    }
  }

  private decodeAuto(bytes: Buffer): DecodedLine {
    if (isUtf8(bytes)) {
      return { text: bytes.toString('utf8'), damaged: false };
    }

    const asUtf8 = bytes.toString('utf8');
    if (looksLikeDamagedUtf8(asUtf8)) {
      return { text: asUtf8, damaged: true };
    }
    return decodeSingleByte(bytes, this.pickCodePage(bytes));
  }

  private pickCodePage(bytes: Buffer): SingleByte {
    const { cp1251, cp866 } = letterScores(bytes);
    const pick = cp1251 === cp866 ? this.fileMajority() : cp1251 > cp866 ? 'cp1251' : 'cp866';
    this.tally[pick] += 1;
    return pick;
  }

  private fileMajority(): SingleByte {
    return this.tally.cp866 > this.tally.cp1251 ? 'cp866' : 'cp1251';
  }
}

function decodeUtf8(bytes: Buffer): DecodedLine {
  const text = bytes.toString('utf8');
  return { text, damaged: !isUtf8(bytes) };
}

function decodeSingleByte(bytes: Buffer, codePage: SingleByte): DecodedLine {
  const text = iconv.decode(bytes, codePage);
  return { text, damaged: text.includes(REPLACEMENT) };
}

/** Mostly well-formed multi-byte characters with a few broken bytes: UTF-8 with damage, not a code page. */
function looksLikeDamagedUtf8(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) {
      bad += 1;
    } else if (code >= 0x80) {
      good += 1;
    }
  }
  return good >= 2 * bad;
}

/**
 * Russian letters each code page would read in the bytes. The ranges differ where it matters: CP1251
 * letters sit at 0xC0-0xFF, where CP866 has box drawing; CP866 letters sit at 0x80-0xAF, where CP1251
 * has punctuation and other alphabets.
 */
export function letterScores(bytes: Buffer): Record<SingleByte, number> {
  let cp1251 = 0;
  let cp866 = 0;
  for (const byte of bytes) {
    if (byte < 0x80) {
      continue;
    }
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) {
      cp1251 += 1;
    }
    if (byte <= 0xaf || (byte >= 0xe0 && byte <= 0xf1)) {
      cp866 += 1;
    }
  }
  return { cp1251, cp866 };
}

/** Drops an incomplete UTF-8 sequence at the end of a line that was cut in the middle of a character. */
export function trimPartialUtf8(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) !== 0x80) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
  }
  return bytes;
}
