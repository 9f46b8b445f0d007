import React, { useState } from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { type TimeZone } from '@grafana/schema';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';

import { type ClusterView } from '../../api/types';
import { testIds } from '../testIds';
import { ClusterDetails } from './ClusterDetails';
import { formatTime } from './format';
import { SeverityBadge } from './SeverityBadge';
import { Sparkline } from './Sparkline';

interface Props {
  cluster: ClusterView;
  timeZone?: TimeZone;
  loadDetail?: (id: string) => Promise<ClusterView>;
  showDevices: boolean;
  expandable: boolean;
}

const COLUMNS = 8;

export function ClusterRow({ cluster, timeZone, loadDetail, showDevices, expandable }: Props) {
  const styles = useStyles2(getStyles);
  const [open, setOpen] = useState(false);
  const total = cluster.trend.counts.reduce((sum, n) => sum + n, 0);
  const toggleLabel = open
    ? t('clusters.row.collapse', 'Hide sample lines')
    : t('clusters.row.expand', 'Show sample lines');

  return (
    <>
      <tr
        className={expandable ? styles.row : undefined}
        data-testid={testIds.clusters.row}
        onClick={expandable ? () => setOpen(!open) : undefined}
      >
        <td>
          {expandable && (
            <button type="button" className={styles.toggle} aria-expanded={open} aria-label={toggleLabel}>
              <Chevron open={open} />
            </button>
          )}
        </td>
        <td>
          <SeverityBadge severity={cluster.severity} />
        </td>
        <td className={styles.pattern}>
          <code title={cluster.template}>{cluster.template}</code>
          {cluster.novel && (
            <span className={styles.new} data-testid={testIds.clusters.newBadge}>
              {t('clusters.row.new', 'New')}
            </span>
          )}
          {cluster.condition && <span className={styles.condition}>{cluster.condition}</span>}
        </td>
        <td>
          {cluster.trend.counts.length > 0 ? (
            <Sparkline
              counts={cluster.trend.counts}
              testId={testIds.clusters.sparkline}
              label={t('clusters.row.trend', 'Events in the last 7 days, per hour: {{total}}', { total })}
            />
          ) : (
            <span className={styles.time} aria-hidden>
              {'\u2014'}
            </span>
          )}
        </td>
        <td className={styles.number}>{cluster.count.toLocaleString()}</td>
        <td className={styles.number}>{cluster.deviceCount.toLocaleString()}</td>
        <td className={styles.time}>{formatTime(cluster.firstSeen, timeZone)}</td>
        <td className={styles.time}>{formatTime(cluster.lastSeen, timeZone)}</td>
      </tr>
      {open && (
        <tr>
          <td colSpan={COLUMNS} className={styles.details}>
            <ClusterDetails cluster={cluster} timeZone={timeZone} loadDetail={loadDetail} showDevices={showDevices} />
          </td>
        </tr>
      )}
    </>
  );
}

/** A small arrow pointing right, or down when the row is open. */
function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width={10}
      height={10}
      viewBox="0 0 10 10"
      aria-hidden
      style={{ transform: open ? 'rotate(90deg)' : undefined }}
    >
      <path d="M3 1.5 7 5 3 8.5" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" />
    </svg>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    cursor: 'pointer',
    '&:hover': { background: theme.colors.action.hover },
  }),
  toggle: css({
    background: 'none',
    border: 'none',
    color: theme.colors.text.secondary,
    cursor: 'pointer',
    fontSize: theme.typography.body.fontSize,
    padding: 0,
  }),
  pattern: css({
    maxWidth: 0,
    width: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    code: { background: 'none', border: 'none', padding: 0, color: theme.colors.text.primary },
  }),
  new: css({
    marginLeft: theme.spacing(1),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.primary.main,
    color: theme.colors.primary.contrastText,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  condition: css({ marginLeft: theme.spacing(1), color: theme.colors.text.secondary }),
  number: css({ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  time: css({ whiteSpace: 'nowrap', color: theme.colors.text.secondary }),
  details: css({ background: theme.colors.background.secondary }),
});
