import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2, type PanelProps } from '@grafana/data';
import { t, Trans } from '@grafana/i18n';
import { Alert, LoadingPlaceholder, TextLink, useStyles2 } from '@grafana/ui';

import { type ClusterView } from '../../api/types';
import { ClusterList } from '../../components/clusters/ClusterList';
import { clustersPageUrl } from '../../components/clusters/links';
import { sortClusters } from '../../components/clusters/sortClusters';
import { testIds } from '../../components/testIds';
import { type ClustersPanelOptions } from './types';
import { type ClustersState, useClusters } from './useClusters';

type Props = PanelProps<ClustersPanelOptions>;

/** The top error clusters of the panel's query; a row opens to its sample lines. */
export function ClustersPanel(props: Props) {
  const { options, width, height, timeZone } = props;
  const styles = useStyles2(getStyles);
  const { state, pageFilter, loadDetail } = useClusters(props);

  return (
    <div className={styles.panel} style={{ width, height }}>
      <div className={styles.body}>
        <Body state={state} options={options} timeZone={timeZone} loadDetail={loadDetail} />
      </div>
      <div className={styles.footer}>
        {state.status === 'ready' && (
          <span>
            {t('panel.shown', 'Clusters shown: {{shown}} of {{total}}', {
              shown: Math.min(options.topN, state.clusters.length),
              total: state.clusters.length,
            })}
          </span>
        )}
        <TextLink href={clustersPageUrl(pageFilter)} data-testid={testIds.clusters.openPage} inline={false}>
          {t('panel.open-page', 'Open in Error clusters')}
        </TextLink>
      </div>
    </div>
  );
}

interface BodyProps {
  state: ClustersState;
  options: ClustersPanelOptions;
  timeZone: Props['timeZone'];
  loadDetail?: (id: string) => Promise<ClusterView>;
}

function Body({ state, options, timeZone, loadDetail }: BodyProps) {
  if (state.status === 'loading') {
    return <LoadingPlaceholder text={t('panel.loading', 'Loading clusters…')} />;
  }
  if (state.status === 'failed') {
    return <Alert severity="error" title={state.message} data-testid={testIds.errorAlert} />;
  }
  if (state.clusters.length === 0) {
    return (
      <p data-testid={testIds.clusters.empty}>
        <Trans i18nKey="panel.empty">No error clusters in this time range.</Trans>
      </p>
    );
  }
  const shown = sortClusters(state.clusters, options.sortBy, options.topN);
  return <ClusterList clusters={shown} timeZone={timeZone} loadDetail={loadDetail} expandable={options.showSamples} />;
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ display: 'flex', flexDirection: 'column' }),
  body: css({ flex: 1, overflow: 'auto' }),
  footer: css({
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    paddingTop: theme.spacing(0.5),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
