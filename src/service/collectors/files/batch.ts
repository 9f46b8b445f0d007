import { type Detection, type ErrorEvent } from '../../domain/errorEvent';
import { type SelfMetrics } from '../../exporter/selfMetrics';
import { type LogFormat, type LogRecord, type SkipReason } from '../../parsers/types';
import { type EchoFilter } from './echo';
import { type ZoneClock } from './zoneClock';

/** Where the records of a batch come from and what to make of them. */
export interface BatchSource {
  collector: string;
  format: LogFormat;
  deviceId: string;
  clock: ZoneClock;
  path: string;
  fileId: string;
  detect(record: LogRecord): Detection | null;
  /** The file's last failure, so that its second wording is not stored as another. */
  echoes: EchoFilter;
}

/**
 * What one stretch of a file yielded: the error events to store, the newest time the register was
 * seen, and the counts for the self-metrics, applied only once the batch is stored. Lines are counted
 * once the checkpoint may pass them (see HeldLines), so a line read again after a reload counts once.
 */
export class Batch {
  readonly events: ErrorEvent[] = [];
  /** Bytes read into this batch, to bound how much is read before storing. */
  bytes = 0;
  lines = 0;
  parsed = 0;
  readonly skipped = new Map<SkipReason, number>();
  private newest: number | null = null;

  constructor(
    readonly source: BatchSource,
    private readonly readAt: number
  ) {}

  /** Counts lines: parsed when reason is null, else skipped for that reason. */
  countLine(reason: SkipReason | null | undefined, count = 1): void {
    this.lines += count;
    if (reason) {
      this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + count);
    } else {
      this.parsed += count;
    }
  }

  addRecords(records: readonly LogRecord[]): void {
    for (const record of records) {
      this.addRecord(record);
    }
  }

  /** The register's newest sign of life in this batch. */
  lastSeen(): Map<string, number> {
    return this.newest === null ? new Map() : new Map([[this.source.deviceId, this.newest]]);
  }

  /** Applies the counts once stored; bytes are those the checkpoint passed, like the lines counted. */
  applyMetrics(metrics: SelfMetrics, bytes: number): void {
    const { collector, format } = this.source;
    metrics.logBytesRead.inc({ collector }, bytes);
    metrics.logLinesRead.inc({ collector }, this.lines);
    metrics.logLinesParsed.inc({ collector, format }, this.parsed);
    for (const [reason, count] of this.skipped) {
      metrics.logLinesSkipped.inc({ collector, reason }, count);
    }
  }

  private addRecord(record: LogRecord): void {
    const local = record.localTime;
    const logged = local !== null && Number.isFinite(local);
    const time = logged ? this.source.clock.toUtc(local) : this.readAt;
    this.newest = Math.max(this.newest ?? time, time);

    const detection = this.source.detect(record);
    if (!detection) {
      return;
    }
    const { deviceId, path, fileId, echoes } = this.source;
    const event: ErrorEvent = {
      ...detection,
      deviceId,
      time,
      timeSource: logged ? 'log' : 'collector',
      message: record.message,
      source: { kind: 'file', path, fileId, offset: record.offset },
    };
    if (!echoes.isEcho(event)) {
      this.events.push(event);
    }
  }
}
