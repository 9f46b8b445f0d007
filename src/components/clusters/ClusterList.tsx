import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { type TimeZone } from '@grafana/schema';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';

import { type ClusterView } from '../../api/types';
import { testIds } from '../testIds';
import { ClusterRow } from './ClusterRow';

export interface ClusterListProps {
  clusters: ClusterView[];
  timeZone?: TimeZone;
  /** One cluster with all its devices and sample lines; without it a row shows what the list has. */
  loadDetail?: (id: string) => Promise<ClusterView>;
  /** Whether an opened row lists the registers affected too (the clusters page), not only sample lines. */
  showDevices?: boolean;
  /** Whether rows open at all. */
  expandable?: boolean;
}

/** Error clusters as a table; a row opens to the pattern's sample lines. */
export function ClusterList({
  clusters,
  timeZone,
  loadDetail,
  showDevices = false,
  expandable = true,
}: ClusterListProps) {
  const styles = useStyles2(getStyles);

  return (
    <table className={styles.table} data-testid={testIds.clusters.list}>
      <thead>
        <tr>
          <th className={styles.narrow} />
          <th>{t('clusters.column.severity', 'Severity')}</th>
          <th>{t('clusters.column.pattern', 'Pattern')}</th>
          <th>{t('clusters.column.trend', 'Last 7 days')}</th>
          <th className={styles.number}>{t('clusters.column.count', 'Events')}</th>
          <th className={styles.number}>{t('clusters.column.devices', 'Registers')}</th>
          <th>{t('clusters.column.first-seen', 'First seen')}</th>
          <th>{t('clusters.column.last-seen', 'Last seen')}</th>
        </tr>
      </thead>
      <tbody>
        {clusters.map((cluster) => (
          <ClusterRow
            key={cluster.id}
            cluster={cluster}
            timeZone={timeZone}
            loadDetail={loadDetail}
            showDevices={showDevices}
            expandable={expandable}
          />
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: theme.typography.bodySmall.fontSize,
    'th, td': {
      padding: theme.spacing(0.5, 1),
      borderBottom: `1px solid ${theme.colors.border.weak}`,
      textAlign: 'left',
      verticalAlign: 'middle',
    },
    th: {
      color: theme.colors.text.secondary,
      fontWeight: theme.typography.fontWeightMedium,
      whiteSpace: 'nowrap',
    },
  }),
  narrow: css({ width: theme.spacing(4) }),
  number: css({ textAlign: 'right !important' as 'right' }),
});
