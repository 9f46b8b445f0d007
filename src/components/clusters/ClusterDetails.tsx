import React, { useEffect, useState } from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { type TimeZone } from '@grafana/schema';
import { t } from '@grafana/i18n';
import { Alert, LoadingPlaceholder, TextLink, useStyles2 } from '@grafana/ui';

import { type ClusterView } from '../../api/types';
import { reportError } from '../../services/userMessage';
import { testIds } from '../testIds';
import { formatTime } from './format';
import { deviceDashboardUrl } from './links';

interface Props {
  cluster: ClusterView;
  timeZone?: TimeZone;
  loadDetail?: (id: string) => Promise<ClusterView>;
  showDevices: boolean;
}

type State = { status: 'loading' } | { status: 'ready'; detail: ClusterView } | { status: 'failed'; message: string };

/** Sample lines of one cluster and, on the clusters page, every register it affected. */
export function ClusterDetails({ cluster, timeZone, loadDetail, showDevices }: Props) {
  const styles = useStyles2(getStyles);
  const [state, setState] = useState<State>(loadDetail ? { status: 'loading' } : { status: 'ready', detail: cluster });

  useEffect(() => {
    if (!loadDetail) {
      return;
    }
    let current = true;
    loadDetail(cluster.id)
      .then((detail) => current && setState({ status: 'ready', detail }))
      .catch((err: unknown) => {
        const message = reportError(err, { cluster: cluster.id }, 'cluster details failed');
        if (current) {
          setState({ status: 'failed', message });
        }
      });
    return () => {
      current = false;
    };
  }, [cluster.id, loadDetail]);

  if (state.status === 'loading') {
    return <LoadingPlaceholder text={t('clusters.details.loading', 'Loading sample lines…')} />;
  }
  if (state.status === 'failed') {
    return <Alert severity="warning" title={state.message} data-testid={testIds.errorAlert} />;
  }

  const { samples, devices } = state.detail;
  return (
    <div className={styles.details} data-testid={testIds.clusters.samples}>
      {samples.length === 0 ? (
        <p className={styles.muted}>
          {t('clusters.details.no-samples', 'The service kept no sample lines of this pattern.')}
        </p>
      ) : (
        <ul className={styles.samples}>
          {samples.map((sample, index) => (
            <li key={`${sample.deviceId}-${sample.time}-${index}`}>
              <span className={styles.muted}>{formatTime(sample.time, timeZone)}</span>
              <span className={styles.device}>{sample.deviceId}</span>
              <code>{sample.message}</code>
            </li>
          ))}
        </ul>
      )}
      {showDevices && <DeviceLinks devices={devices} total={state.detail.deviceCount} />}
    </div>
  );
}

function DeviceLinks({ devices, total }: { devices: string[]; total: number }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.devices}>
      <span className={styles.muted}>
        {t('clusters.details.devices', 'Registers affected ({{total}}):', { total })}
      </span>
      {devices.map((device) => (
        <TextLink key={device} href={deviceDashboardUrl(device)} inline={false} variant="bodySmall">
          {device}
        </TextLink>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  details: css({ padding: theme.spacing(1, 1, 1, 5) }),
  samples: css({
    listStyle: 'none',
    margin: 0,
    padding: 0,
    li: {
      display: 'flex',
      gap: theme.spacing(2),
      padding: theme.spacing(0.25, 0),
      fontFamily: theme.typography.fontFamilyMonospace,
    },
    code: { background: 'none', border: 'none', padding: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  }),
  device: css({ color: theme.colors.text.link, whiteSpace: 'nowrap' }),
  muted: css({ color: theme.colors.text.secondary, whiteSpace: 'nowrap' }),
  devices: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1), marginTop: theme.spacing(1) }),
});
