import { type Registry } from 'prom-client';

import { type Logger } from '../logger';
import { type Db } from '../store/db';
import { type ClusteringConfig } from './config';
import { ClusterEngine } from './engine';
import { clusterMetrics } from './metrics';
import { ClusterStore } from './persist';

/**
 * Clustering as the service runs it: the engine restored from the store, a timer that merges and saves
 * every merge interval, and the engine's metrics for /metrics. A crash loses the counts since the last
 * save, at most one merge interval.
 */
export class Clustering {
  readonly engine: ClusterEngine;
  readonly registry: Registry;
  private readonly store: ClusterStore;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: ClusteringConfig,
    db: Db,
    private readonly logger: Logger
  ) {
    this.engine = new ClusterEngine({ maxTemplates: config.maxTemplates, noveltyWindow: config.noveltyWindow });
    this.registry = clusterMetrics(this.engine);
    this.store = new ClusterStore(db);
  }

  /** Puts back the saved clusters and templates, then merges and saves on every merge interval. */
  start(): void {
    const saved = this.store.load();
    this.engine.restore(saved.clusters, saved.templates, saved.aliases);
    if (saved.unreadable > 0) {
      this.logger.warn({ rows: saved.unreadable }, 'some saved clusters could not be read and were dropped');
    }
    this.logger.info({ clusters: this.engine.clusters.size, templates: this.engine.table.size }, 'clusters restored');

    this.timer = setInterval(() => this.tick(), this.config.mergeInterval);
    this.timer.unref();
  }

  /** Merges and saves once more, so a clean stop loses no count. */
  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    this.tick();
  }

  tick(): void {
    const started = performance.now();
    try {
      const { merged, folded } = this.engine.merge();
      this.store.save(this.engine);
      const ms = Math.round(performance.now() - started);
      this.logger.debug({ merged, folded, templates: this.engine.table.size, ms }, 'clusters merged and saved');
    } catch (error) {
      this.logger.error({ err: error }, 'merging or saving clusters failed; will retry');
    }
  }
}
