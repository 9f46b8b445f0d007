import { t } from '@grafana/i18n';

import { type AdvisorSuggestion } from '../../api/types';

export function methodLabel(method: AdvisorSuggestion['method']): string {
  switch (method) {
    case 'deadline':
      return t('advisor.method.deadline', 'Deadline');
    case 'level':
      return t('advisor.method.level', 'Usual level');
    case 'burn_rate':
      return t('advisor.method.burn-rate', 'Burn rate');
    case 'trend':
      return t('advisor.method.trend', 'Trend');
    case 'fixed':
      return t('advisor.method.fixed', 'Fixed threshold');
  }
}

export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

export function perWeek(value: number): string {
  return t('advisor.stats.per-week', '{{value}} a week', { value: Math.round(value * 10) / 10 });
}

export function minutes(seconds: number | null): string {
  return seconds === null ? '—' : t('advisor.stats.minutes', '{{value}} min', { value: Math.round(seconds / 60) });
}
