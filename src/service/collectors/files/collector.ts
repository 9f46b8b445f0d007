import { type ServiceContext } from '../../context';
import { ownsKey } from '../../shard';
import { type Collector } from '../collector';
import { bindFile } from './binding';
import { CheckpointPool } from './checkpointPool';
import { ChunkReader } from './chunkReader';
import { type FilesCollectorConfig } from './config';
import { discover, type FoundFile } from './discovery';
import { CollectorEnv, type FormatSupport } from './env';
import { followFile, inodeKey } from './following';
import { isFinished, readFile, retireFile } from './reading';
import { type TrackedFile } from './trackedFile';

const CHUNK_BYTES = 256 * 1024;

/**
 * Follows driver log files the way a log shipper does. Each round lists the globs, notices renames,
 * deletions and truncations, reads what is new in every file and stores the error events of each
 * stretch together with the file's checkpoint, so a line is stored once whatever stops the service.
 */
export class FileCollector implements Collector {
  readonly name: string;
  readonly interval: number;
  private readonly env: CollectorEnv;
  private readonly pool: CheckpointPool;
  private readonly files = new Set<TrackedFile>();
  private readonly reader = new ChunkReader(CHUNK_BYTES);
  private readonly ignored = new Set<string>();
  private loaded = false;
  private rounds = 0;

  constructor(config: FilesCollectorConfig, ctx: ServiceContext, support: FormatSupport) {
    this.name = config.name;
    this.interval = config.pollInterval;
    this.env = new CollectorEnv(config, ctx, support, ctx.logger.child({ collector: config.name }));
    this.pool = new CheckpointPool(config.name, ctx.store);
  }

  async run(signal: AbortSignal): Promise<void> {
    if (!this.loaded) {
      this.pool.load(Date.now());
      this.loaded = true;
    }

    const found = await discover(this.env.config.paths, this.env.config.exclude);
    const byInode = new Map([...found.values()].map((f) => [inodeKey(f), f]));
    const failures: unknown[] = [];
    await this.each([...this.files], failures, (file) => followFile(this.env, file, found, byInode, this.pool));
    await this.each(this.unfollowed(found), failures, (file) => this.bind(file));
    await this.each([...this.files], failures, (file) => this.read(file, signal));

    this.pool.forgetStale(Date.now());
    this.env.ctx.metrics.logFilesWatched.set({ collector: this.name }, this.files.size);
    this.rounds += 1;
    if (failures.length > 0) {
      throw failures[0];
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.files].map((file) => file.close()));
    this.files.clear();
  }

  /** Files the globs list that no followed file is: new ones, or ones rotated into place. */
  private unfollowed(found: Map<string, FoundFile>): FoundFile[] {
    const held = new Set([...this.files].map((file) => inodeKey(file.found)));
    return [...found.values()].filter((file) => {
      const fresh = !held.has(inodeKey(file)) && !this.ignored.has(file.path);
      held.add(inodeKey(file));
      return fresh;
    });
  }

  private async bind(found: FoundFile): Promise<void> {
    const device = this.env.mapDevice(found.path);
    if (!device || !ownsKey(this.env.ctx.config.shard, device.id)) {
      this.ignored.add(found.path);
      const message = device ? 'log file of a register another replica owns' : 'devicePattern does not match';
      this.env.log[device ? 'debug' : 'warn']({ file: found.path }, `${message}; leaving it alone`);
      return;
    }
    this.files.add(await bindFile(this.env, found, device, this.pool, this.rounds === 0));
  }

  private async read(file: TrackedFile, signal: AbortSignal): Promise<void> {
    await readFile(this.env, file, this.reader, signal);
    if (isFinished(this.env, file, Date.now())) {
      await retireFile(this.env, file, this.pool);
      this.files.delete(file);
    }
  }

  /** Runs a step for every file; a file that fails is reported and does not stop the others. */
  private async each<T extends { path: string }>(items: T[], failures: unknown[], step: (item: T) => Promise<void>) {
    for (const item of items) {
      try {
        await step(item);
      } catch (error) {
        failures.push(error);
        this.env.log.warn({ err: error, file: item.path }, 'log file step failed; it is retried next round');
      }
    }
  }
}
