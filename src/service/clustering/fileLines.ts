import { isBinary } from '../collectors/files/binary';
import { filesCollectorSchema } from '../collectors/files/config';
import { LineDecoder } from '../collectors/files/decode';
import { type LineSink, LineSplitter, type SplitLine, blockLines } from '../collectors/files/lineSplitter';
import { repairMojibake } from '../collectors/files/mojibake';
import { type RawLine } from '../parsers/types';

/** A line as the file collector reads it, with its verdict on whether the line is text at all. */
export interface FileLine extends RawLine {
  /** Judged on the decoded line before any repair, as the collector judges it. */
  binary: boolean;
}

/** The collector's own defaults (encoding auto, maxLineBytes), so offline reads as a collector left unset. */
const DEFAULTS = filesCollectorSchema.parse({ name: 'offline', format: 'jsonl', paths: ['-'], device: 'offline' });
const CHUNK_BYTES = 1024 * 1024;

/**
 * The lines of a file's bytes, decoded by the file collector's own parts: its splitter (a line longer than
 * maxLineBytes keeps its head), its decoder (per line UTF-8, or the code page, CP1251 or CP866, whose
 * letters the bytes form) and its repair of garbled Cyrillic. `whole` is false for the head of a file,
 * whose last line may be cut short and is left out.
 */
export function* fileLines(buffer: Buffer, whole = true): Generator<FileLine> {
  const sink = new DecodingSink();
  const splitter = new LineSplitter(DEFAULTS.maxLineBytes, 0);
  for (let at = 0; at < buffer.length; at += CHUNK_BYTES) {
    splitter.push(buffer.subarray(at, at + CHUNK_BYTES), sink);
    yield* sink.take();
  }

  if (whole) {
    splitter.end(sink);
  }
  yield* sink.take();
}

/** Decodes each line the splitter hands out, one by one, as the collector's pipeline does for lines that need care. */
class DecodingSink implements LineSink {
  private readonly decoder = new LineDecoder(DEFAULTS.encoding);
  private lines: FileLine[] = [];
  private readonly oneByOne = (line: SplitLine) => this.line(line);

  block(bytes: Buffer, offset: number): void {
    blockLines(bytes, offset, this.oneByOne);
  }

  line(line: SplitLine): void {
    const { text } = this.decoder.decode(line.bytes, line.cut);
    const binary = isBinary(text);
    this.lines.push({
      text: binary ? text : repairMojibake(text),
      offset: line.offset,
      endOffset: line.endOffset,
      binary,
    });
  }

  take(): FileLine[] {
    return this.lines.splice(0);
  }
}
