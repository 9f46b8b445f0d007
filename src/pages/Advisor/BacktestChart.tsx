import React from 'react';
import { css } from '@emotion/css';
import { colorManipulator, type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2, useTheme2 } from '@grafana/ui';

import { type AdvisorSuggestion } from '../../api/types';
import { formatTime } from '../../components/clusters/format';
import { testIds } from '../../components/testIds';
import { chartGeometry } from './chartGeometry';

const WIDTH = 600;
const HEIGHT = 120;

/** The signal over the backtest window, the suggested threshold, and where the rule would have fired. */
export function BacktestChart({ backtest }: { backtest: AdvisorSuggestion['backtest'] }) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  if (backtest.series.length === 0) {
    return <p className={styles.muted}>{t('advisor.chart.empty', 'No history to replay the rule on.')}</p>;
  }

  const g = chartGeometry(backtest, WIDTH, HEIGHT);
  const firingColor = colorManipulator.alpha(theme.colors.error.main, 0.25);
  const label = t('advisor.chart.label', 'Signal with the suggested threshold; shaded where the rule would have fired');

  return (
    <div className={styles.chart} data-testid={testIds.advisor.chart}>
      <span className={styles.muted}>{formatValue(g.max)}</span>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className={styles.svg}
        role="img"
        aria-label={label}
      >
        {g.spans.map((span, i) => (
          <rect key={i} x={span.x} y={0} width={span.width} height={HEIGHT} fill={firingColor} />
        ))}
        {g.thresholdY !== null && (
          <line
            x1={0}
            x2={WIDTH}
            y1={g.thresholdY}
            y2={g.thresholdY}
            stroke={theme.visualization.getColorByName('orange')}
            strokeDasharray="6 4"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {g.lines.map((line, i) => (
          <polyline
            key={i}
            points={line}
            fill="none"
            stroke={theme.visualization.getColorByName('blue')}
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <div className={styles.axis}>
        <span>{g.start && formatTime(g.start)}</span>
        <span>{g.end && formatTime(g.end)}</span>
      </div>
    </div>
  );
}

function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString() : value.toPrecision(3);
}

const getStyles = (theme: GrafanaTheme2) => ({
  chart: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.25) }),
  svg: css({
    width: '100%',
    height: HEIGHT,
    background: theme.colors.background.secondary,
    borderRadius: theme.shape.radius.default,
  }),
  axis: css({
    display: 'flex',
    justifyContent: 'space-between',
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  muted: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
