import { t } from '@grafana/i18n';
import { type ComboboxOption } from '@grafana/ui';

import { type QueryType } from '../api/query';
import { type VariableKind } from './types';

/** Translated names of the query types; built at render time, after translations are loaded. */
export function queryTypeOptions(): Array<ComboboxOption<QueryType>> {
  return [
    {
      value: 'devices',
      label: t('query.type.devices', 'Registers'),
      description: t('query.type.devices-hint', 'Identity and state of each register'),
    },
    {
      value: 'fiscalDrives',
      label: t('query.type.fiscal-drives', 'Fiscal drives'),
      description: t('query.type.fiscal-drives-hint', 'FN serial, expiry and memory use'),
    },
    {
      value: 'documents',
      label: t('query.type.documents', 'Fiscal documents'),
      description: t('query.type.documents-hint', 'Documents formed in the time range'),
    },
    {
      value: 'ofdBacklog',
      label: t('query.type.ofd-backlog', 'OFD backlog'),
      description: t('query.type.ofd-backlog-hint', 'Unsent documents and the age of the oldest'),
    },
    {
      value: 'errors',
      label: t('query.type.errors', 'Errors'),
      description: t('query.type.errors-hint', 'Error events, or counts per interval'),
    },
    {
      value: 'clusters',
      label: t('query.type.clusters', 'Error clusters'),
      description: t('query.type.clusters-hint', 'Similar errors grouped into patterns'),
    },
    {
      value: 'fleetStats',
      label: t('query.type.fleet-stats', 'Fleet statistics'),
      description: t('query.type.fleet-stats-hint', 'Counts for the whole fleet'),
    },
  ];
}

export function variableKindOptions(): Array<ComboboxOption<VariableKind>> {
  return [
    { value: 'device', label: t('variable.kind.device', 'Registers') },
    { value: 'store', label: t('variable.kind.store', 'Stores') },
    { value: 'operator', label: t('variable.kind.operator', 'OFD operators') },
  ];
}
