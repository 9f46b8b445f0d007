import { useCallback, useEffect, useMemo, useState } from 'react';
import { type PanelProps } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

import { type KktQuery } from '../../api/query';
import { type ClusterView } from '../../api/types';
import { type ClusterPageFilter } from '../../components/clusters/links';
import { parseSeverities } from '../../components/severity';
import { DATASOURCE_TYPE } from '../../constants';
import { filterList } from '../../services/filters';
import { fetchCluster, fetchClusters } from '../../services/resources';
import { reportError } from '../../services/userMessage';
import { clustersFromFrames } from './frames';

export type ClustersState =
  { status: 'loading' } | { status: 'ready'; clusters: ClusterView[] } | { status: 'failed'; message: string };

export interface PanelClusters {
  state: ClustersState;
  /** The same filter for the app's clusters page. */
  pageFilter: ClusterPageFilter;
  loadDetail?: (id: string) => Promise<ClusterView>;
}

type Remote = ClustersState;

/** The service's answer, or the frames' rows when the service could not be asked and the query had rows. */
function settle(remote: Remote, rows: ClusterView[]): ClustersState {
  return remote.status === 'failed' && rows.length > 0 ? { status: 'ready', clusters: rows } : remote;
}

function isClustersQuery(target: DataQuery): target is DataQuery & KktQuery {
  return 'queryType' in target && target.queryType === 'clusters';
}

/**
 * The clusters of the panel's query with their trends, asked of the service through the query's
 * datasource; when that is not possible, the rows of the query's frames, which have no trends.
 */
export function useClusters({ data, timeRange, replaceVariables }: PanelProps): PanelClusters {
  const target = data.request?.targets.find(isClustersQuery);
  const ref = target?.datasource;
  const uid = ref?.type === DATASOURCE_TYPE && ref.uid ? replaceVariables(ref.uid) : undefined;
  const list = (value?: string) => filterList(replaceVariables(value ?? '', undefined, 'csv'));

  const from = timeRange.from.toISOString();
  const to = timeRange.to.toISOString();
  const device = list(target?.device);
  const severity = list(target?.severity);
  const novel = target?.novelOnly;
  const limit = target?.limit;
  const rows = useMemo(() => clustersFromFrames(data.series), [data.series]);
  const [remote, setRemote] = useState<Remote>({ status: 'loading' });

  useEffect(() => {
    if (!uid) {
      return;
    }
    let current = true;
    fetchClusters(uid, { from, to, device, severity, novel, limit })
      .then((clusters) => current && setRemote({ status: 'ready', clusters }))
      .catch((err: unknown) => {
        const message = reportError(err, { datasource: uid }, 'clusters panel could not load clusters');
        if (current) {
          setRemote({ status: 'failed', message });
        }
      });
    return () => {
      current = false;
    };
  }, [uid, from, to, device, severity, novel, limit, data.series]);

  const loadDetail = useCallback((id: string) => fetchCluster(uid ?? '', id), [uid]);
  const pageFilter: ClusterPageFilter = { from, to, device, severity: parseSeverities(severity), novel };

  const state = !uid ? { status: 'ready' as const, clusters: rows } : settle(remote, rows);
  return { state, pageFilter, loadDetail: uid ? loadDetail : undefined };
}
