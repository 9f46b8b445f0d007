import { useCallback, useEffect, useState } from 'react';
import { type TimeRange } from '@grafana/data';

import { type ClusterView, type Severity } from '../../api/types';
import { fetchCluster, fetchClusters } from '../../services/resources';
import { reportError } from '../../services/userMessage';

export type SearchState =
  { status: 'loading' } | { status: 'ready'; clusters: ClusterView[] } | { status: 'failed'; message: string };

export interface SearchFilter {
  range: TimeRange;
  device?: string;
  severity: Severity[];
  novel: boolean;
}

/** The clusters matching the page's filters, and one cluster's details on demand. */
export function useClusterSearch(uid: string, filter: SearchFilter) {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  const from = filter.range.from.toISOString();
  const to = filter.range.to.toISOString();
  const severity = filter.severity.join(',') || undefined;
  const { device, novel } = filter;

  useEffect(() => {
    let current = true;
    fetchClusters(uid, { from, to, device, severity, novel: novel || undefined, limit: 1000 })
      .then((clusters) => current && setState({ status: 'ready', clusters }))
      .catch((err: unknown) => {
        if (current) {
          setState({ status: 'failed', message: reportError(err, { datasource: uid }, 'cluster search failed') });
        }
      });
    return () => {
      current = false;
    };
  }, [uid, from, to, device, severity, novel]);

  const loadDetail = useCallback((id: string) => fetchCluster(uid, id), [uid]);
  return { state, loadDetail };
}
