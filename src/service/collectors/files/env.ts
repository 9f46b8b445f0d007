import { type ServiceContext } from '../../context';
import { type Detection } from '../../domain/errorEvent';
import { type Logger } from '../../logger';
import { type LineParser, type LogRecord, type ParserOptions } from '../../parsers/types';
import { Batch } from './batch';
import { type FilesCollectorConfig } from './config';
import { type DeviceMapper, deviceMapper } from './deviceMapping';
import { FilePipeline } from './pipeline';
import { type TrackedFile } from './trackedFile';
import { ZoneClock } from './zoneClock';

/** What the collector needs of a log format: a parser per file and error detection per record. */
export interface FormatSupport {
  createParser(options: ParserOptions): LineParser;
  detect(record: LogRecord): Detection | null;
}

/** Bytes read from one file before its events are stored and its checkpoint advanced. */
export const BATCH_BYTES = 1 << 20;

/** Everything the steps of a round share: configuration, service, format and where to log. */
export class CollectorEnv {
  readonly mapDevice: DeviceMapper;
  private readonly clocks = new Map<string, ZoneClock>();

  constructor(
    readonly config: FilesCollectorConfig,
    readonly ctx: ServiceContext,
    readonly support: FormatSupport,
    readonly log: Logger
  ) {
    this.mapDevice = deviceMapper(config);
  }

  get name(): string {
    return this.config.name;
  }

  /** A pipeline for a register's file from the given offset, with a parser of its own. */
  newPipeline(deviceId: string, start: number, mtimeMs: number, skipPartialFirstLine = false): FilePipeline {
    const { maxLineBytes, encoding } = this.config;
    const parser = this.support.createParser({
      pattern: this.config.pattern,
      timeFormat: this.config.timeFormat,
      fields: this.config.fields,
      defaultYear: new Date(mtimeMs).getUTCFullYear(),
      timeZone: this.clockFor(deviceId).timeZone,
    });
    return new FilePipeline(parser, { start, maxLineBytes, encoding, skipPartialFirstLine });
  }

  newBatch(file: TrackedFile): Batch {
    return new Batch(
      {
        collector: this.name,
        format: this.config.format,
        deviceId: file.deviceId,
        clock: this.clockFor(file.deviceId),
        path: file.path,
        fileId: file.fileId,
        detect: this.support.detect,
        echoes: file.echoes,
      },
      Date.now()
    );
  }

  /**
   * Stores the batch's events and the file's checkpoint in one transaction. When that fails the file is
   * rewound to its last checkpoint, so the lines are read again and nothing is lost or stored twice.
   * Bytes are counted as the checkpoint passes them: a reader recreated at the checkpoint counts none twice.
   */
  commit(file: TrackedFile, batch: Batch, offset = file.pipeline.checkpoint, force = false): void {
    if (!force && offset === file.committed && batch.lines === 0 && batch.events.length === 0) {
      return;
    }

    try {
      this.ctx.ingest.fileBatch(batch.events, file.checkpoint(this.name, offset), batch.lastSeen());
    } catch (error) {
      file.pipeline = this.newPipeline(file.deviceId, file.committed, file.mtimeMs);
      throw error;
    }
    batch.applyMetrics(this.ctx.metrics, Math.max(0, offset - file.committed));
    file.committed = offset;
  }

  /** The zone of the register's clock: the inventory's or this collector's, as recorded on the device. */
  private clockFor(deviceId: string): ZoneClock {
    const timeZone = this.ctx.fleet.get(deviceId)?.device.timeZone ?? this.zone();
    let clock = this.clocks.get(timeZone);
    if (!clock) {
      clock = new ZoneClock(timeZone);
      this.clocks.set(timeZone, clock);
    }
    return clock;
  }

  zone(): string {
    return this.config.timeZone ?? this.ctx.config.defaults.timeZone;
  }
}
