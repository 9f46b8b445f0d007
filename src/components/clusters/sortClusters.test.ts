import { type ClusterView, type Severity } from '../../api/types';
import { sortClusters } from './sortClusters';

function cluster(id: string, severity: Severity, count: number, lastSeen: string): ClusterView {
  return {
    id,
    template: `pattern ${id}`,
    condition: null,
    severity,
    count,
    firstSeen: '2026-11-01T00:00:00Z',
    lastSeen,
    devices: [],
    deviceCount: 1,
    novel: false,
    trend: { start: '2026-11-01T00:00:00Z', intervalSeconds: 3600, counts: [] },
    samples: [],
  };
}

const clusters = [
  cluster('a', 'info', 500, '2026-12-01T10:00:00Z'),
  cluster('b', 'critical', 3, '2026-12-02T10:00:00Z'),
  cluster('c', 'high', 40, '2026-12-03T10:00:00Z'),
  cluster('d', 'critical', 9, '2026-11-20T10:00:00Z'),
];

describe('sortClusters', () => {
  it.each([
    ['count', ['a', 'c', 'd', 'b']],
    ['lastSeen', ['c', 'b', 'a', 'd']],
    ['severity', ['d', 'b', 'c', 'a']],
  ] as const)('orders by %s', (sort, ids) => {
    expect(sortClusters(clusters, sort).map((c) => c.id)).toEqual(ids);
  });

  it('keeps the first N after sorting and leaves the input alone', () => {
    expect(sortClusters(clusters, 'severity', 2).map((c) => c.id)).toEqual(['d', 'b']);
    expect(clusters.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
