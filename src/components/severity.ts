import { t } from '@grafana/i18n';
import { type ComboboxOption } from '@grafana/ui';

import { type Severity } from '../api/types';

/** Most severe first, as lists and sorting show them. */
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'warning', 'info'];

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'critical':
      return t('severity.critical', 'Critical');
    case 'high':
      return t('severity.high', 'High');
    case 'warning':
      return t('severity.warning', 'Warning');
    case 'info':
      return t('severity.info', 'Info');
  }
}

export function severityOptions(): Array<ComboboxOption<Severity>> {
  return SEVERITY_ORDER.map((value) => ({ value, label: severityLabel(value) }));
}

/** Parses a comma-separated severity filter, keeping only known severities. */
export function parseSeverities(value: string | undefined): Severity[] {
  const parts = (value ?? '').split(',').map((part) => part.trim());
  return SEVERITY_ORDER.filter((severity) => parts.includes(severity));
}
