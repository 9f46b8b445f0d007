import React, { useCallback } from 'react';
import { type TimeRange } from '@grafana/data';
import { t } from '@grafana/i18n';
import {
  Combobox,
  type ComboboxOption,
  InlineField,
  MultiCombobox,
  RadioButtonGroup,
  Stack,
  TimeRangeInput,
} from '@grafana/ui';

import { type Severity } from '../../api/types';
import { severityOptions } from '../../components/severity';
import { testIds } from '../../components/testIds';
import { fetchDevices } from '../../services/resources';
import { type SearchFilter } from './useClusterSearch';

interface Props {
  uid: string;
  filter: SearchFilter;
  onChange: (filter: SearchFilter) => void;
}

/** Time range, register, severity and novelty of the clusters page. */
export function ClusterFilters({ uid, filter, onChange }: Props) {
  const loadDevices = useCallback(
    async (search: string): Promise<Array<ComboboxOption<string>>> => {
      const devices = await fetchDevices(uid, { search: search || undefined });
      return devices.map((d) => ({
        value: d.id,
        label: d.name ? `${d.name} (${d.id})` : d.id,
        description: d.store ?? undefined,
      }));
    },
    [uid]
  );

  return (
    <Stack direction="row" gap={1} wrap="wrap" alignItems="center">
      <TimeRangeInput value={filter.range} onChange={(range: TimeRange) => onChange({ ...filter, range })} />
      <InlineField label={t('clusters-page.device', 'Register')}>
        <Combobox
          data-testid={testIds.clustersPage.device}
          width={32}
          options={loadDevices}
          value={filter.device ?? null}
          createCustomValue
          isClearable
          placeholder={t('clusters-page.any-device', 'Any register')}
          onChange={(option) => onChange({ ...filter, device: option?.value || undefined })}
        />
      </InlineField>
      <InlineField label={t('clusters-page.severity', 'Severity')}>
        <MultiCombobox
          data-testid={testIds.clustersPage.severity}
          width="auto"
          minWidth={16}
          options={severityOptions()}
          value={filter.severity}
          placeholder={t('clusters-page.any-severity', 'Any')}
          onChange={(options) => onChange({ ...filter, severity: options.map((o): Severity => o.value) })}
        />
      </InlineField>
      <RadioButtonGroup
        data-testid={testIds.clustersPage.novel}
        options={[
          { value: false, label: t('clusters-page.all', 'All patterns') },
          { value: true, label: t('clusters-page.new', 'New only') },
        ]}
        value={filter.novel}
        onChange={(novel) => onChange({ ...filter, novel })}
      />
    </Stack>
  );
}
