import { type LineParser, type SkipReason } from '../../parsers/types';
import { type Batch } from './batch';
import { isBinary } from './binary';
import { type Encoding } from './config';
import { LineDecoder } from './decode';
import { type SplitLine, LineSplitter } from './lineSplitter';
import { repairMojibake } from './mojibake';

export interface PipelineOptions {
  start: number;
  maxLineBytes: number;
  encoding: Encoding;
  /** Starting inside a line (startAt: end): its rest is not a line of its own. */
  skipPartialFirstLine?: boolean;
}

/**
 * The way from a file's bytes to records: lines, decoded, checked, repaired and handed to the format
 * parser. One per file identity; replaced when the file is truncated or reading must start again.
 */
export class FilePipeline {
  private readonly splitter: LineSplitter;
  private readonly decoder: LineDecoder;
  private batch: Batch | null = null;
  private readonly onLine = (line: SplitLine) => this.line(line);

  constructor(
    private readonly parser: LineParser,
    options: PipelineOptions
  ) {
    this.splitter = new LineSplitter(options.maxLineBytes, options.start, options.skipPartialFirstLine);
    this.decoder = new LineDecoder(options.encoding);
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

  push(chunk: Buffer, batch: Batch): void {
    this.batch = batch;
    batch.bytes += chunk.length;
    this.splitter.push(chunk, this.onLine);
  }

  /** Completes a pending multi-line record after a quiet period. */
  flushPending(batch: Batch): void {
    batch.addRecords(this.parser.flush());
  }

  /** The file has ended for good: its partial last line is final and the pending record complete. */
  end(batch: Batch): void {
    this.batch = batch;
    this.splitter.end(this.onLine);
    batch.addRecords(this.parser.flush());
  }

  private line(line: SplitLine): void {
    const batch = this.batch;
    if (!batch) {
      return;
    }

    const decoded = this.decoder.decode(line.bytes, line.cut);
    if (isBinary(decoded.text)) {
      batch.countLine('binary');
      return;
    }

    const problem: SkipReason | null = line.cut ? 'too_long' : decoded.damaged ? 'encoding' : null;
    const text = repairMojibake(decoded.text);
    const output = this.parser.push({ text, offset: line.offset, endOffset: line.endOffset });
    batch.addRecords(output.records);
    batch.countLine(problem ?? output.skipped);
  }
}
