import { type LineParser, type SkipReason } from '../../parsers/types';
import { type Batch } from './batch';
import { isBinary } from './binary';
import { type Encoding } from './config';
import { LineDecoder } from './decode';
import { HeldLines } from './heldLines';
import { type LineSink, type SplitLine, LineSplitter, blockLines } from './lineSplitter';
import { garbleTest, repairMojibake } from './mojibake';

export interface PipelineOptions {
  start: number;
  maxLineBytes: number;
  encoding: Encoding;
  /** Starting inside a line (startAt: end): its rest is not a line of its own. */
  skipPartialFirstLine?: boolean;
}

/**
 * The way from a file's bytes to records: lines, decoded, checked, repaired and handed to the format
 * parser. For a run of plain lines, which is most of a log, the encoding and the search for garbled text
 * are settled once for the run; the lines that need care are decoded one by one. One per file identity.
 */
export class FilePipeline implements LineSink {
  private readonly splitter: LineSplitter;
  private readonly decoder: LineDecoder;
  private batch: Batch | null = null;
  private readonly held = new HeldLines();
  private readonly oneByOne = (line: SplitLine) => this.line(line);
  private readonly mayHoldGarbling: (bytes: Buffer) => boolean;
  /** The first time text that did not read in timeFormat, until it is reported; reported once per file. */
  private unreadTime: string | null = null;
  private unreadTimeReported = false;

  constructor(
    private readonly parser: LineParser,
    options: PipelineOptions
  ) {
    this.splitter = new LineSplitter(options.maxLineBytes, options.start, options.skipPartialFirstLine);
    this.decoder = new LineDecoder(options.encoding);
    this.mayHoldGarbling = garbleTest(options.encoding === 'auto' ? 'utf8' : options.encoding);
  }

  /** Offset past the last byte read. */
  get position(): number {
    return this.splitter.position;
  }

  /** Where reading may resume without losing a line: past the last complete line, never past a pending record. */
  get checkpoint(): number {
    const pending = this.parser.pendingOffset();
    return pending === null ? this.splitter.consumed : Math.min(pending, this.splitter.consumed);
  }

  get hasPending(): boolean {
    return this.parser.pendingOffset() !== null;
  }

  /** An example of a time that did not read, the first time one is met: the file's lines are skipped. */
  takeUnreadTime(): string | null {
    const example = this.unreadTime;
    this.unreadTime = null;
    return example;
  }

  push(chunk: Buffer, batch: Batch): void {
    this.batch = batch;
    batch.bytes += chunk.length;
    this.splitter.push(chunk, this);
  }

  /** Completes a pending multi-line record after a quiet period. */
  flushPending(batch: Batch): void {
    batch.addRecords(this.parser.flush());
    this.held.release(batch);
  }

  /** The file has ended for good: its partial last line is final and the pending record complete. */
  end(batch: Batch): void {
    this.batch = batch;
    this.splitter.end(this);
    batch.addRecords(this.parser.flush());
    this.held.release(batch);
  }

  block(bytes: Buffer, offset: number): void {
    const decode = this.decoder.blockDecoder(bytes);
    if (!decode) {
      blockLines(bytes, offset, this.oneByOne);
      return;
    }

    const repair = this.mayHoldGarbling(bytes);
    let start = 0;
    for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, start)) {
      const text = decode(start, nl > start && bytes[nl - 1] === 0x0d ? nl - 1 : nl);
      if (isBinary(text)) {
        this.count(offset + start, 'binary');
      } else {
        this.parse(repair ? repairMojibake(text) : text, offset + start, offset + nl + 1, null);
      }
      start = nl + 1;
    }
  }

  line(line: SplitLine): void {
    const decoded = this.decoder.decode(line.bytes, line.cut);
    if (isBinary(decoded.text)) {
      this.count(line.offset, 'binary');
      return;
    }

    const problem: SkipReason | null = line.cut ? 'too_long' : decoded.damaged ? 'encoding' : null;
    this.parse(repairMojibake(decoded.text), line.offset, line.endOffset, problem);
  }

  private parse(text: string, offset: number, endOffset: number, problem: SkipReason | null): void {
    const output = this.parser.push({ text, offset, endOffset });
    if (output.unreadTime !== undefined && !this.unreadTimeReported) {
      this.unreadTime = output.unreadTime;
      this.unreadTimeReported = true;
    }
    this.batch?.addRecords(output.records);
    this.count(offset, problem ?? output.skipped ?? null);
  }

  private count(offset: number, reason: SkipReason | null): void {
    if (this.batch) {
      this.held.count(this.batch, offset, reason, this.parser.pendingOffset());
    }
  }
}
