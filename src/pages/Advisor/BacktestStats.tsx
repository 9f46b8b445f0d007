import React from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';

import { type AdvisorSuggestion } from '../../api/types';
import { minutes, percent, perWeek } from './labels';

/** How often the suggested rule would have fired on past data, next to the rule in use now. */
export function BacktestStats({ backtest }: { backtest: AdvisorSuggestion['backtest'] }) {
  const styles = useStyles2(getStyles);
  const { suggested, current } = backtest;

  const rows: Array<[string, string]> = [
    [
      t('advisor.stats.would-fire', 'Would have fired'),
      `${backtest.firing.length} (${perWeek(suggested.episodesPerWeek)})`,
    ],
    [
      t('advisor.stats.current', 'Current rule'),
      current ? perWeek(current.episodesPerWeek) : t('advisor.stats.no-rule', 'none'),
    ],
    [t('advisor.stats.precision', 'Precision'), percent(suggested.precision)],
    [t('advisor.stats.recall', 'Recall'), percent(suggested.recall)],
    [t('advisor.stats.delay', 'Detection delay'), minutes(suggested.meanDetectionDelaySeconds)],
  ];

  return (
    <dl className={styles.stats}>
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  stats: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1, 4),
    margin: 0,
    dt: { color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize },
    dd: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  }),
});
