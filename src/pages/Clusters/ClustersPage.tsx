import React, { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { t, Trans } from '@grafana/i18n';
import { PluginPage } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, Stack, Text } from '@grafana/ui';

import { ClusterList } from '../../components/clusters/ClusterList';
import { parseClustersPageUrl } from '../../components/clusters/links';
import { testIds } from '../../components/testIds';
import { NoDatasource } from '../NoDatasource';
import { ClusterFilters } from './ClusterFilters';
import { timeRangeFromUrl, timeRangeToUrl } from './timeRange';
import { type SearchFilter, useClusterSearch } from './useClusterSearch';

/** Error clusters of the fleet, filtered by time, register, severity and novelty; the URL keeps the filters. */
export function ClustersPage({ datasourceUid }: { datasourceUid?: string }) {
  return (
    <PluginPage subTitle={t('clusters-page.subtitle', 'Similar driver and OFD errors grouped into patterns.')}>
      <div data-testid={testIds.clustersPage.container}>
        {datasourceUid ? <Search uid={datasourceUid} /> : <NoDatasource />}
      </div>
    </PluginPage>
  );
}

function Search({ uid }: { uid: string }) {
  const [params, setParams] = useSearchParams();
  const parsed = parseClustersPageUrl(params.toString());
  // Relative ranges resolve against the clock, so the range is fixed until the URL changes.
  const range = useMemo(() => timeRangeFromUrl(parsed.from, parsed.to), [parsed.from, parsed.to]);
  const filter: SearchFilter = {
    range,
    device: parsed.device,
    severity: parsed.severity ?? [],
    novel: parsed.novel ?? false,
  };
  const { state, loadDetail } = useClusterSearch(uid, filter);

  const onChange = (next: SearchFilter) => {
    const entries = {
      ...timeRangeToUrl(next.range),
      device: next.device,
      severity: next.severity.join(','),
      novel: next.novel ? 'true' : '',
    };
    setParams(Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => Boolean(e[1]))));
  };

  return (
    <Stack direction="column" gap={2}>
      <ClusterFilters uid={uid} filter={filter} onChange={onChange} />
      {state.status === 'loading' && <LoadingPlaceholder text={t('clusters-page.loading', 'Loading clusters…')} />}
      {state.status === 'failed' && <Alert severity="error" title={state.message} data-testid={testIds.errorAlert} />}
      {state.status === 'ready' && state.clusters.length === 0 && (
        <Text color="secondary" data-testid={testIds.clusters.empty}>
          <Trans i18nKey="clusters-page.empty">No error clusters match these filters.</Trans>
        </Text>
      )}
      {state.status === 'ready' && state.clusters.length > 0 && (
        <>
          <Text color="secondary" variant="bodySmall">
            {t('clusters-page.count', 'Clusters found: {{count}}', { count: state.clusters.length })}
          </Text>
          <ClusterList clusters={state.clusters} loadDetail={loadDetail} showDevices />
        </>
      )}
    </Stack>
  );
}
