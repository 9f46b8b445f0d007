import { Counter, Gauge, Registry } from 'prom-client';

import { SEVERITIES } from '../domain/severity';
import { type ClusterEngine } from './engine';

/** Clusters that get their own series of events; the rest are summed under cluster="other". */
export const TOP_CLUSTERS = 20;

/**
 * The engine's metrics, read from it at scrape time. Series per cluster are bounded: the top clusters by
 * events, plus "other". When a cluster enters the top, its events leave "other"; rather than let
 * "other" fall (rate() would read a counter reset and count its whole value again), it holds its value
 * until the clusters below the top outgrow it, so its rate reads low for that while.
 */
export function clusterMetrics(engine: ClusterEngine, top = TOP_CLUSTERS): Registry {
  const registry = new Registry();
  const registers = [registry];
  let other = 0;

  new Gauge({
    name: 'kkt_clusters',
    help: 'Error clusters known, by severity (the highest of their lines).',
    labelNames: ['severity'],
    registers,
    collect() {
      const counts = new Map(SEVERITIES.map((s) => [s, 0]));
      for (const cluster of engine.clusters.all()) {
        counts.set(cluster.severity, (counts.get(cluster.severity) ?? 0) + 1);
      }
      counts.forEach((count, severity) => this.set({ severity }, count));
    },
  });

  new Counter({
    name: 'kkt_cluster_events_total',
    help: `Error lines per cluster, for the ${top} biggest clusters; the rest are summed as cluster="other".`,
    labelNames: ['cluster'],
    registers,
    collect() {
      this.reset();
      const clusters = [...engine.clusters.all()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
      clusters.slice(0, top).forEach((c) => this.inc({ cluster: c.id }, c.count));
      other = Math.max(
        other,
        clusters.slice(top).reduce((sum, c) => sum + c.count, 0)
      );
      this.inc({ cluster: 'other' }, other);
    },
  });

  new Gauge({
    name: 'kkt_cluster_templates',
    help: 'Templates in the clustering template table.',
    registers,
    collect() {
      this.set(engine.table.size);
    },
  });

  new Counter({
    name: 'kkt_cluster_template_evictions_total',
    help: 'Templates evicted from the full template table (rare and old ones first).',
    registers,
    collect() {
      this.reset();
      this.inc(engine.table.evictions);
    },
  });

  return registry;
}
