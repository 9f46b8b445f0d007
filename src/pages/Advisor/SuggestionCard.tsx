import React, { memo } from 'react';
import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Button, Stack, Text, useStyles2 } from '@grafana/ui';

import { type AdvisorSuggestion } from '../../api/types';
import { SeverityBadge } from '../../components/clusters/SeverityBadge';
import { testIds } from '../../components/testIds';
import { BacktestChart } from './BacktestChart';
import { BacktestStats } from './BacktestStats';
import { methodLabel } from './labels';

interface Props {
  suggestion: AdvisorSuggestion;
  language: 'ru' | 'en';
  onApply: (suggestion: AdvisorSuggestion) => void;
  onDownload: (suggestion: AdvisorSuggestion) => void;
}

/** An alert text as a person reads it: Prometheus template fields such as {{ $labels.device_id }} become ‹device_id›. */
export function readableTemplate(text: string): string {
  return text.replace(/\{\{\s*\$labels\.(\w+)\s*\}\}/g, '‹$1›').replace(/\{\{\s*\$value\s*\}\}/g, '‹value›');
}

/** One suggested rule: what it watches, why this threshold, and how it would have behaved. */
export const SuggestionCard = memo(function SuggestionCard({ suggestion: s, language, onApply, onDownload }: Props) {
  const styles = useStyles2(getStyles);
  const timing = s.keepFiringFor
    ? t('advisor.card.timing-keep', 'for {{for}}, keeps firing {{keep}}', { for: s.for, keep: s.keepFiringFor })
    : t('advisor.card.timing', 'for {{for}}', { for: s.for });

  return (
    <section className={styles.card} data-testid={testIds.advisor.suggestion} aria-label={s.alert}>
      <div className={styles.header}>
        <Stack direction="row" alignItems="center" gap={1}>
          <SeverityBadge severity={s.severity} />
          <Text element="h3" variant="h5">
            {s.alert}
          </Text>
          <Text color="secondary" variant="bodySmall">
            {methodLabel(s.method)} · {timing}
          </Text>
        </Stack>
        <Stack direction="row" gap={1}>
          <Button
            size="sm"
            variant="secondary"
            icon="download-alt"
            onClick={() => onDownload(s)}
            data-testid={testIds.advisor.download}
          >
            {t('advisor.card.download', 'Prometheus rule')}
          </Button>
          <Button size="sm" icon="bell" onClick={() => onApply(s)} data-testid={testIds.advisor.apply}>
            {t('advisor.card.apply', 'Apply to Grafana')}
          </Button>
        </Stack>
      </div>

      <Text element="p">{readableTemplate(s.summary[language])}</Text>
      <Text element="p" color="secondary" variant="bodySmall">
        {s.declined ? t('advisor.card.declined', 'Default kept: {{reason}}', { reason: s.declined }) : s.rationale}
      </Text>

      <BacktestChart backtest={s.backtest} />
      <BacktestStats backtest={s.backtest} />
      <pre className={styles.expr}>{s.expr}</pre>
    </section>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    padding: theme.spacing(2),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    p: { margin: 0 },
  }),
  header: css({
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: theme.spacing(2),
    flexWrap: 'wrap',
  }),
  expr: css({ margin: 0, whiteSpace: 'pre-wrap', fontSize: theme.typography.bodySmall.fontSize }),
});
