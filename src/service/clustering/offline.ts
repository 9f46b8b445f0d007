import { createHash } from 'node:crypto';

import { isBinary } from '../collectors/files/binary';
import { EchoFilter } from '../collectors/files/echo';
import { type Detection, type ErrorEvent } from '../domain/errorEvent';
import { type Severity } from '../domain/severity';
import { type LineParser, type LogFormat, type LogLevel, type LogRecord, type RawLine } from '../parsers/types';
import { ClusterEngine, type EngineEvent } from './engine';
import { tokenise } from './tokens';

/**
 * What a line is read as: a bare message, a record of a log format, or, in a file that is no text, binary.
 * With a detector, detection names the errors of either, as the service names them.
 */
export type Reading =
  { kind: 'raw'; detect?: Detector } | { kind: 'binary' } | { kind: 'format'; parser: LineParser; detect?: Detector };

export type Detector = (record: LogRecord, format: LogFormat) => Detection | null;

/** Bare messages are detected as the service detects a layout of its own, read by a pattern: every family's codes. */
const BARE_FORMAT: LogFormat = 'regex';

/** A line to cluster; `binary` when its reader judged it already (see fileLines), else it is judged here. */
export type OfflineLine = RawLine & { binary?: boolean };

/** Offline runs hold whole files, so their table is larger than the service's default. */
const OFFLINE_TEMPLATES = 200_000;
/** Dense columns are folded this often, which keeps the table small on files with many variants. */
const MERGE_EVERY_LINES = 100_000;

const LEVEL_SEVERITY: Record<LogLevel, Severity> = {
  fatal: 'critical',
  error: 'high',
  warn: 'warning',
  info: 'info',
  debug: 'info',
  trace: 'info',
};

/**
 * Clusters the lines of log files the way the service clusters error events, for the CLI and the
 * accuracy benchmark. Every line gets an id: its cluster's, or for a line no record holds, one of its
 * own kind ("empty", "binary", "unparsed-<hash of its masked tokens>").
 */
export class OfflineClustering {
  readonly engine = new ClusterEngine({ maxTemplates: OFFLINE_TEMPLATES, noveltyWindow: 86_400_000 });
  private readonly ids: string[] = [];

  /**
   * Clusters one file's lines; `source` names it (the device column). A line without a time stays undated.
   * Says how many records (or bare messages) were clustered.
   */
  file(source: string, lines: Iterable<OfflineLine>, reading: Reading): number {
    if (reading.kind === 'format') {
      return new FileReader(this, source, reading).read(lines);
    }

    const detect = reading.kind === 'raw' ? reading.detect : undefined;
    let messages = 0;
    for (const line of lines) {
      const kind = lineKind(line) ?? (reading.kind === 'binary' ? 'binary' : null);
      if (kind === null) {
        messages++;
      }
      this.ids.push(kind ?? this.add(bare(source, line, detect)));
    }
    return messages;
  }

  /** Merges once more and gives each line its final cluster id, in input order. */
  finish(): string[] {
    this.engine.merge();
    return this.ids.map((id) => this.engine.clusters.resolve(id));
  }

  /** Reserves the next line's place; its id is set when its record is complete. */
  reserve(): number {
    this.ids.push('');
    return this.ids.length - 1;
  }

  set(index: number, id: string): void {
    this.ids[index] = id;
  }

  add(event: EngineEvent): string {
    const id = this.engine.add(event).id;
    if (this.ids.length % MERGE_EVERY_LINES === 0) {
      this.engine.merge();
    }
    return id;
  }
}

interface Waiting {
  index: number;
  offset: number;
  text: string;
}

/**
 * Follows one file through its parser: records come out after their lines, so lines wait for them. A
 * failure's echo (its second wording, see EchoFilter) counts once, as in the service, and its line takes
 * the id of the failure it echoes.
 */
class FileReader {
  private readonly waiting: Waiting[] = [];
  private readonly echoes = new EchoFilter();
  /** Cluster of the file's last failure, which an echo joins. */
  private failure = '';
  private records = 0;

  constructor(
    private readonly run: OfflineClustering,
    private readonly source: string,
    private readonly reading: Extract<Reading, { kind: 'format' }>
  ) {}

  /** Says how many records the file held. */
  read(lines: Iterable<OfflineLine>): number {
    for (const line of lines) {
      const index = this.run.reserve();
      if (isBinaryLine(line)) {
        this.run.set(index, 'binary');
        continue;
      }

      const out = this.reading.parser.push(line);
      if (out.skipped) {
        this.run.set(index, skippedId(out.skipped, line.text));
      } else {
        this.waiting.push({ index, offset: line.offset, text: line.text });
      }
      out.records.forEach((r) => this.complete(r));
    }
    this.reading.parser.flush().forEach((r) => this.complete(r));
    this.waiting.splice(0).forEach((w) => this.run.set(w.index, skippedId('unparsable', w.text)));
    return this.records;
  }

  private complete(record: LogRecord): void {
    this.records++;
    const id = this.clusterOf(record);
    while (this.waiting.length > 0 && this.waiting[0].offset < record.endOffset) {
      const [line] = this.waiting.splice(0, 1);
      this.run.set(line.index, line.offset >= record.offset ? id : skippedId('unparsable', line.text));
    }
  }

  private clusterOf(record: LogRecord): string {
    const found = this.reading.detect?.(record, this.reading.parser.format) ?? null;
    if (found === null) {
      return this.run.add(recordEvent(record, null, this.source));
    }

    // An undated record has no time to tell an echo by, so it always counts.
    const event = fileEvent(record, found, this.source);
    if (event !== null && this.echoes.isEcho(event)) {
      return this.failure;
    }
    this.failure = this.run.add(recordEvent(record, found, this.source));
    return this.failure;
  }
}

/** The error event the service's file collector makes of a detected record, by the record's own clock. */
function fileEvent(record: LogRecord, found: Detection, source: string): ErrorEvent | null {
  if (record.localTime === null) {
    return null;
  }
  return {
    ...found,
    deviceId: source,
    time: record.localTime,
    timeSource: 'log',
    message: record.message,
    source: { kind: 'file', path: source, fileId: source, offset: record.offset },
  };
}

/**
 * A parsed record as the engine takes it: by condition when detection found a coded one, else by its
 * message, carrying whatever condition detection named; severity from detection, else from the log level.
 * A record without a time stays undated.
 */
export function recordEvent(record: LogRecord, found: Detection | null, source: string): EngineEvent {
  return {
    condition: found?.condition ?? null,
    coded: found !== null && found.code !== null,
    title: found?.title,
    severity: found?.severity ?? (record.level ? LEVEL_SEVERITY[record.level] : 'info'),
    deviceId: source,
    time: record.localTime,
    message: record.message,
  };
}

/** A bare message carries no time of its own: it stays undated rather than take one from elsewhere. */
function bare(source: string, line: OfflineLine, detect: Detector | undefined): EngineEvent {
  const record = bareRecord(line);
  return recordEvent(record, detect?.(record, BARE_FORMAT) ?? null, source);
}

/** A line as a record with nothing but its message: no time, level, thread or component. */
function bareRecord(line: OfflineLine): LogRecord {
  const { text: message, offset, endOffset } = line;
  return { localTime: null, level: null, thread: null, component: null, message, fields: null, offset, endOffset };
}

/** "empty" or "binary" for a line that is no message, as the file collector tells them; else null. */
function lineKind(line: OfflineLine): 'empty' | 'binary' | null {
  if (line.text.trim() === '') {
    return 'empty';
  }
  return isBinaryLine(line) ? 'binary' : null;
}

function isBinaryLine(line: OfflineLine): boolean {
  return line.binary ?? isBinary(line.text);
}

function skippedId(reason: string, text: string): string {
  if (reason === 'empty' || reason === 'binary') {
    return reason;
  }
  const digest = createHash('sha256').update(tokenise(text).join(' ')).digest('hex');
  return `unparsed-${digest.slice(0, 12)}`;
}
