import { type RawLine } from '../parsers/types';

/** The lines of a file read whole, with their byte offsets, "\r\n" and "\n" alike; a last line needs no newline. */
export function* bufferLines(buffer: Buffer): Generator<RawLine> {
  let start = 0;
  while (start < buffer.length) {
    const newline = buffer.indexOf(0x0a, start);
    const end = newline < 0 ? buffer.length : newline;
    const textEnd = end > start && buffer[end - 1] === 0x0d ? end - 1 : end;
    const endOffset = newline < 0 ? buffer.length : newline + 1;
    yield { text: buffer.toString('utf8', start, textEnd), offset: start, endOffset };
    start = endOffset;
  }
}
