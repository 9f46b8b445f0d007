import React from 'react';
import { css } from '@emotion/css';
import { colorManipulator, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

import { type Severity } from '../../api/types';
import { severityLabel } from '../severity';

const COLORS: Record<Severity, string> = { critical: 'red', high: 'orange', warning: 'yellow', info: 'blue' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const styles = useStyles2(getStyles, severity);
  return <span className={styles.badge}>{severityLabel(severity)}</span>;
}

const getStyles = (theme: GrafanaTheme2, severity: Severity) => {
  const color = theme.visualization.getColorByName(COLORS[severity]);
  return {
    badge: css({
      display: 'inline-block',
      padding: theme.spacing(0, 1),
      borderRadius: theme.shape.radius.pill,
      border: `1px solid ${color}`,
      background: colorManipulator.alpha(color, 0.15),
      color: theme.colors.text.primary,
      fontSize: theme.typography.bodySmall.fontSize,
      lineHeight: '20px',
      whiteSpace: 'nowrap',
    }),
  };
};
