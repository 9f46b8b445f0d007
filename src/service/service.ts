import { dirname } from 'node:path';

import { type FastifyInstance } from 'fastify';

import { Clustering } from './clustering/clustering';
import { buildCollectors } from './collectors';
import { type Collector, CollectorRunner } from './collectors/collector';
import { retireOfdAccounts } from './collectors/ofd/retire';
import { type Config, type DeviceConfig } from './config/schema';
import { type ServiceContext } from './context';
import { DeviceRenderer } from './exporter/render';
import { createSelfMetrics, forgetCollector } from './exporter/selfMetrics';
import { buildHttpApp } from './http/app';
import { Ingest } from './ingest';
import { type Logger } from './logger';
import { FleetState } from './state/fleet';
import { type DeviceState } from './state/deviceState';
import { fileProblem } from './fileProblem';
import { ensureDirectory } from './store/db';
import { StoreLock } from './store/lock';
import { Store } from './store/store';
import { KktError, isKktError } from './errors';
import { VERSION } from './version';

/** How often changed register states are written back to the store. */
const PERSIST_INTERVAL_MS = 5000;

/**
 * The running service without the process around it: the store, the live state, the collectors and
 * the HTTP app. server.ts owns the socket, the signals and the exit.
 */
export class Service {
  readonly ctx: ServiceContext;
  readonly http: FastifyInstance;
  private runner: CollectorRunner;
  private collectors: Collector[] = [];
  private readonly dirty = new Map<string, DeviceState>();
  private persistTimer: NodeJS.Timeout | null = null;
  private readonly lock: StoreLock;

  constructor(config: Config, logger: Logger) {
    const { store, lock } = openStore(config.storage.path);
    this.lock = lock;
    const fleet = new FleetState();
    const metrics = createSelfMetrics(VERSION);
    this.ctx = {
      config,
      version: VERSION,
      startedAt: Date.now(),
      logger,
      store,
      fleet,
      metrics,
      ingest: new Ingest(store, fleet, metrics),
      renderer: new DeviceRenderer(),
      clusters: config.clustering.enabled
        ? new Clustering(config.clustering, store.db, logger.child({ component: 'clustering' }))
        : undefined,
      ready: false,
    };
    if (this.ctx.clusters) {
      this.ctx.ingest.addSink(this.ctx.clusters.engine);
    }
    this.runner = new CollectorRunner(logger, metrics);
    this.http = buildHttpApp(this.ctx);
  }

  /** Restores what the store knew, registers the configured inventory and starts collecting. */
  start(): void {
    const { fleet, store, logger } = this.ctx;
    const { states, aliases } = store.loadDeviceStates();
    fleet.restore(states, aliases);
    fleet.onChange((changed) => changed.forEach((s) => this.dirty.set(s.device.id, s)));
    this.registerInventory(this.ctx.config.devices);
    this.ctx.clusters?.start();

    this.collectors = buildCollectors(this.ctx);
    this.runner.start(this.collectors);
    this.persistTimer = setInterval(() => this.persist(), PERSIST_INTERVAL_MS);
    this.persistTimer.unref();

    this.ctx.ready = true;
    logger.info({ devices: fleet.size, collectors: this.collectors.map((c) => c.name) }, 'service started');
  }

  /** Applies a new configuration: inventory and API keys at once, collectors restarted from checkpoints. */
  async reload(config: Config): Promise<void> {
    const previous = this.ctx.config;
    if (config.server.listen !== previous.server.listen || config.storage.path !== previous.storage.path) {
      this.ctx.logger.warn('server.listen and storage.path take effect after a restart');
    }

    const retired = this.collectors;
    await this.runner.stop(retired);
    this.ctx.config = config;
    this.registerInventory(config.devices);
    this.runner = new CollectorRunner(this.ctx.logger, this.ctx.metrics);
    const stopped = this.collectors.map((c) => c.name);
    this.collectors = buildCollectors(this.ctx);
    this.runner.start(this.collectors);

    // A collector the new configuration dropped must not keep reporting its last success.
    const running = new Set(this.collectors.map((c) => c.name));
    stopped.filter((name) => !running.has(name)).forEach((name) => forgetCollector(this.ctx.metrics, name));
    retireOfdAccounts(retired, this.collectors, this.ctx.fleet, this.ctx.metrics);
  }

  async stop(): Promise<void> {
    this.ctx.ready = false;
    if (this.persistTimer) {
      clearInterval(this.persistTimer);
    }
    await this.runner.stop(this.collectors);
    await this.http.close();
    this.persist();
    this.ctx.clusters?.stop();
    this.ctx.store.close();
    this.lock.release();
  }

  private registerInventory(devices: readonly DeviceConfig[]): void {
    const timeZone = this.ctx.config.defaults.timeZone;
    for (const d of devices) {
      this.ctx.fleet.upsert(
        { id: d.id, regNumber: d.regNumber, serial: d.serial, fnSerial: d.fnSerial },
        {
          model: d.model,
          name: d.name,
          store: d.store,
          operator: d.operator,
          inn: d.inn,
          timeZone: d.timeZone ?? timeZone,
        }
      );
    }
  }

  private persist(): void {
    if (this.dirty.size === 0) {
      return;
    }
    const states = [...this.dirty.values()];
    this.dirty.clear();
    try {
      this.ctx.store.devices.save(states, this.ctx.fleet.aliasEntries());
    } catch (error) {
      this.ctx.logger.error({ err: error }, 'saving register states failed; will retry');
      states.forEach((s) => this.dirty.set(s.device.id, s));
    }
  }
}

function openStore(path: string): { store: Store; lock: StoreLock } {
  let lock: StoreLock | undefined;
  try {
    ensureDirectory(dirname(path));
    lock = StoreLock.acquire(path);
    return { store: Store.open(path), lock };
  } catch (error) {
    lock?.release();
    if (isKktError(error)) {
      throw error;
    }
    throw new KktError('STORE_FAILED', `storage.path ${path}: ${fileProblem(error)}`, { cause: error });
  }
}
