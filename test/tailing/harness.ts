import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Metric } from 'prom-client';

import { FileCollector } from '../../src/service/collectors/files/collector';
import { type Config, configSchema } from '../../src/service/config/schema';
import { type ServiceContext } from '../../src/service/context';
import { DeviceRenderer } from '../../src/service/exporter/render';
import { createSelfMetrics } from '../../src/service/exporter/selfMetrics';
import { Ingest } from '../../src/service/ingest';
import { silentLogger } from '../../src/service/logger';
import { FleetState } from '../../src/service/state/fleet';
import { type StoredErrorEvent } from '../../src/service/store/events';
import { Store } from '../../src/service/store/store';
import { detectEveryLine, testParser } from './lineParser';

export interface TailingOptions {
  /** Fields of the file collector's configuration, over the defaults below. */
  files?: Record<string, unknown>;
  /** Globs of the files to follow; {logs} stands for the logs directory. */
  paths?: string[];
  /** Other top-level configuration: devices, shard, defaults. */
  config?: Record<string, unknown>;
  multiline?: boolean;
}

/** The part of node:test's TestContext the harness uses. */
interface Cleanup {
  after(fn: () => void | Promise<void>): void;
}

/** A file collector over real files in a temporary directory, storing into a real SQLite file. */
export class Tailing {
  /** Where the tests write their logs: kkt-NN directories name the registers. */
  readonly logs: string;
  ctx: ServiceContext;
  collector: FileCollector;
  private readonly config: Config;

  constructor(
    t: Cleanup,
    private readonly options: TailingOptions = {}
  ) {
    const root = mkdtempSync(join(tmpdir(), 'kkt-tailing-'));
    this.logs = join(root, 'logs');
    mkdirSync(this.logs);
    this.config = buildConfig(root, this.logs, options);
    this.ctx = newContext(this.config);
    this.collector = newCollector(this.ctx, options);

    t.after(async () => {
      await this.stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    });
  }

  round(signal = new AbortController().signal): Promise<void> {
    return this.collector.run(signal);
  }

  /** Runs rounds until check passes, failing after a generous deadline. */
  async until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!check()) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      await this.round();
    }
  }

  events(): StoredErrorEvent[] {
    return this.ctx.store.events.query({}, 100_000, 0).items;
  }

  /** Messages of the stored events, sorted, so a line stored twice shows up twice. */
  messages(): string[] {
    return this.events()
      .map((e) => e.message)
      .sort();
  }

  /** Stops the collector and closes the store, as a service shutting down. */
  async stop(): Promise<void> {
    await this.collector.close();
    if (this.ctx.store.db.open) {
      this.ctx.store.close();
    }
  }

  /** Replaces the collector with a new one over the same store and metrics, as a configuration reload does. */
  async reload(): Promise<void> {
    await this.collector.close();
    this.collector = newCollector(this.ctx, this.options);
  }

  /** Opens the same store file again with a new collector, as a service starting. */
  start(): void {
    this.ctx = newContext(this.config);
    this.collector = newCollector(this.ctx, this.options);
  }
}

function buildConfig(root: string, logs: string, options: TailingOptions): Config {
  const files = {
    name: 'test',
    format: 'jsonl',
    paths: (options.paths ?? ['{logs}/**/*.log']).map((p) => p.replace('{logs}', logs)),
    devicePattern: '/(?<device>kkt-\\d+)/',
    pollInterval: '50ms',
    multilineTimeout: '50ms',
    rotateWait: '0s',
    ...options.files,
  };
  return configSchema.parse({
    storage: { path: join(root, 'store.db') },
    ...options.config,
    collectors: { files: [files] },
  });
}

function newContext(config: Config): ServiceContext {
  const store = Store.open(config.storage.path);
  const fleet = new FleetState();
  const metrics = createSelfMetrics('test');
  return {
    config,
    version: 'test',
    startedAt: Date.now(),
    logger: silentLogger(),
    store,
    fleet,
    ingest: new Ingest(store, fleet, metrics),
    metrics,
    renderer: new DeviceRenderer(),
    ready: true,
  };
}

function newCollector(ctx: ServiceContext, options: TailingOptions): FileCollector {
  const support = { createParser: () => testParser(options.multiline), detect: detectEveryLine };
  return new FileCollector(ctx.config.collectors.files[0], ctx, support);
}

/** Current value of a self-metric's series with the given labels; 0 when it has none. */
export async function metricValue(metric: Metric, labels: Record<string, string>): Promise<number> {
  const { values } = await metric.get();
  const matches = (v: { labels: Record<string, unknown> }) =>
    Object.entries(labels).every(([k, value]) => v.labels[k] === value);
  return values.find(matches)?.value ?? 0;
}
