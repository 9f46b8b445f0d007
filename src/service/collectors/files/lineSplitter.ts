/** One line cut out of the byte stream, before decoding. */
export interface SplitLine {
  /** The line without its "\n" or "\r\n"; a view that is valid only until the next push. */
  bytes: Buffer;
  offset: number;
  endOffset: number;
  /** The line was longer than maxLineBytes; bytes holds its head. */
  cut: boolean;
}

/** Where the splitter hands its output: runs of whole plain lines at once, and lines that need care one by one. */
export interface LineSink {
  /** A line joined from several reads, cut for its length, or final without a newline. */
  line(line: SplitLine): void;
  /** Consecutive whole lines, each ending with "\n", none longer than maxLineBytes; a view like SplitLine.bytes. */
  block(bytes: Buffer, offset: number): void;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits a file's bytes into lines at "\n". A partial last line waits for its newline; a line longer
 * than maxLineBytes keeps only its head in memory and is reported, cut, when its newline arrives.
 */
export class LineSplitter {
  private carry: Buffer[] = [];
  private carried = 0;
  private overflow = false;
  private lineStart: number;
  private skipFirst: boolean;

  /** Offset past the last byte pushed. */
  position: number;

  constructor(
    private readonly maxLineBytes: number,
    start: number,
    skipPartialFirstLine = false
  ) {
    this.position = start;
    this.lineStart = start;
    this.skipFirst = skipPartialFirstLine;
  }

  /** Offset just past the last complete line handed out. */
  get consumed(): number {
    return this.lineStart;
  }

  push(chunk: Buffer, sink: LineSink): void {
    let start = 0;
    let blockStart = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      const plain = this.carried === 0 && !this.overflow && !this.skipFirst && nl - start <= this.maxLineBytes;
      if (!plain) {
        this.flushBlock(chunk, blockStart, start, sink);
        this.emit(chunk.subarray(start, nl), this.position + nl + 1, sink);
        blockStart = nl + 1;
      }
      start = nl + 1;
    }

    this.flushBlock(chunk, blockStart, start, sink);
    this.hold(chunk.subarray(start));
    this.position += chunk.length;
  }

  /** Hands out a partial last line as final, when its file has ended for good (rotated, deleted). */
  end(sink: LineSink): void {
    if (this.carried > 0 || this.overflow) {
      this.emit(Buffer.alloc(0), this.position, sink);
    }
  }

  private flushBlock(chunk: Buffer, from: number, to: number, sink: LineSink): void {
    if (to > from) {
      sink.block(chunk.subarray(from, to), this.position + from);
      this.lineStart = this.position + to;
    }
  }

  private emit(piece: Buffer, endOffset: number, sink: LineSink): void {
    let bytes = piece;
    let cut = this.overflow || piece.length > this.maxLineBytes;
    if (this.carried > 0) {
      this.hold(piece);
      bytes = Buffer.concat(this.carry, this.carried);
      cut = this.overflow;
    } else if (cut) {
      bytes = piece.subarray(0, this.maxLineBytes);
    }

    if (!cut && bytes.length > 0 && bytes[bytes.length - 1] === CR) {
      bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { bytes, offset: this.lineStart, endOffset, cut };
    this.lineStart = endOffset;
    this.carry = [];
    this.carried = 0;
    this.overflow = false;

    if (this.skipFirst) {
      this.skipFirst = false;
      return;
    }
    sink.line(line);
  }

  private hold(piece: Buffer): void {
    const room = this.maxLineBytes - this.carried;
    if (piece.length > room) {
      this.overflow = true;
    }
    const kept = piece.subarray(0, Math.max(0, room));
    if (kept.length > 0) {
      this.carry.push(Buffer.from(kept));
      this.carried += kept.length;
    }
  }
}

/** The lines of a block, one by one, for when the block cannot be decoded at once. */
export function blockLines(bytes: Buffer, offset: number, onLine: (line: SplitLine) => void): void {
  let start = 0;
  for (let nl = bytes.indexOf(NEWLINE); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
    const end = nl > start && bytes[nl - 1] === CR ? nl - 1 : nl;
    onLine({ bytes: bytes.subarray(start, end), offset: offset + start, endOffset: offset + nl + 1, cut: false });
    start = nl + 1;
  }
}
