import { type ClusterView } from '../../api/types';
import { SEVERITY_ORDER } from '../severity';

export const CLUSTER_SORTS = ['count', 'lastSeen', 'severity'] as const;

export type ClusterSort = (typeof CLUSTER_SORTS)[number];

const rank = (c: ClusterView) => SEVERITY_ORDER.indexOf(c.severity);
const byCount = (a: ClusterView, b: ClusterView) => b.count - a.count;
const byLastSeen = (a: ClusterView, b: ClusterView) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen);
const byId = (a: ClusterView, b: ClusterView) => a.id.localeCompare(b.id);

const COMPARE: Record<ClusterSort, (a: ClusterView, b: ClusterView) => number> = {
  count: (a, b) => byCount(a, b) || byLastSeen(a, b) || byId(a, b),
  lastSeen: (a, b) => byLastSeen(a, b) || byCount(a, b) || byId(a, b),
  severity: (a, b) => rank(a) - rank(b) || byCount(a, b) || byId(a, b),
};

/** The first `top` clusters in the chosen order; ties fall back to size, recency and id so the order is stable. */
export function sortClusters(clusters: readonly ClusterView[], sort: ClusterSort, top?: number): ClusterView[] {
  const sorted = [...clusters].sort(COMPARE[sort]);
  return top && top > 0 ? sorted.slice(0, top) : sorted;
}
