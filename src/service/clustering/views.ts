import { type ClusterView } from '../../api/types';
import { type Severity } from '../domain/severity';
import { type Cluster } from './cluster';
import { type ClusterEngine } from './engine';
import { TREND_INTERVAL_MS } from './trend';

/** Devices listed per cluster in a list answer; one cluster's answer lists all it knows. */
export const LIST_DEVICES = 20;

export interface ClusterFilter {
  /** Clusters active in [from, to): seen at or after from, first seen before to. */
  from?: number;
  to?: number;
  /** Clusters that affected any of these devices. */
  devices?: readonly string[];
  severities?: readonly Severity[];
  novel?: boolean;
}

/** Clusters matching the filter, the biggest first (then the latest, then by id, so pages are stable). */
export function findClusters(engine: ClusterEngine, filter: ClusterFilter, now: number): Cluster[] {
  const matches: Cluster[] = [];
  for (const cluster of engine.clusters.all()) {
    if (fits(engine, cluster, filter, now)) {
      matches.push(cluster);
    }
  }
  return matches.sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen || (a.id < b.id ? -1 : 1));
}

function fits(engine: ClusterEngine, cluster: Cluster, filter: ClusterFilter, now: number): boolean {
  const { from, to, devices, severities, novel } = filter;
  if ((from !== undefined && cluster.lastSeen < from) || (to !== undefined && cluster.firstSeen >= to)) {
    return false;
  }
  if (severities && !severities.includes(cluster.severity)) {
    return false;
  }
  if (devices && !devices.some((d) => cluster.devices.has(d))) {
    return false;
  }
  return novel === undefined || engine.isNovel(cluster, now) === novel;
}

export interface ViewOptions {
  /** The time novelty is judged at. */
  now: number;
  /** The end of the trend's window: the end of the queried range, or now. */
  trendEnd: number;
  /** Every known device and the sample lines, as one cluster's answer gives them. */
  detail: boolean;
}

export function clusterView(engine: ClusterEngine, cluster: Cluster, options: ViewOptions): ClusterView {
  const { now, trendEnd, detail } = options;
  const devices = [...cluster.devices].sort();
  const trend = cluster.trend.window(trendEnd);
  return {
    id: cluster.id,
    template: cluster.template,
    condition: cluster.condition,
    severity: cluster.severity,
    count: cluster.count,
    firstSeen: new Date(cluster.firstSeen).toISOString(),
    lastSeen: new Date(cluster.lastSeen).toISOString(),
    devices: detail ? devices : devices.slice(0, LIST_DEVICES),
    deviceCount: devices.length,
    novel: engine.isNovel(cluster, now),
    trend: {
      start: new Date(trend.start).toISOString(),
      intervalSeconds: TREND_INTERVAL_MS / 1000,
      counts: trend.counts,
    },
    samples: detail ? cluster.samples.list().map((s) => ({ ...s, time: new Date(s.time).toISOString() })) : [],
  };
}
