import React, { type ChangeEvent } from 'react';
import { type QueryEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import {
  Combobox,
  InlineField,
  InlineFieldRow,
  InlineSwitch,
  Input,
  MultiCombobox,
  RadioButtonGroup,
} from '@grafana/ui';

import { type KktQuery, type QueryFormat } from '../../api/query';
import { parseSeverities, severityOptions } from '../../components/severity';
import { testIds } from '../../components/testIds';
import { type KktDataSource } from '../datasource';
import { queryTypeOptions } from '../labels';
import { hasField } from '../queryFields';
import { type KktOptions } from '../types';
import { TextFilter } from './TextFilter';

type Props = QueryEditorProps<KktDataSource, KktQuery, KktOptions>;

type GroupBy = NonNullable<KktQuery['groupBy']>;

const LABEL_WIDTH = 14;

/** Picks a query type and shows only the filters that type takes. */
export function QueryEditor({ query, onChange, onRunQuery }: Props) {
  const { queryType } = query;

  const update = (patch: Partial<KktQuery>, run = true) => {
    onChange({ ...query, ...patch });
    if (run) {
      onRunQuery();
    }
  };

  const onLimit = (event: ChangeEvent<HTMLInputElement>) => {
    const limit = Number(event.target.value);
    update({ limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : undefined }, false);
  };

  return (
    <>
      <InlineFieldRow>
        <InlineField label={t('query.editor.type', 'Query')} labelWidth={LABEL_WIDTH}>
          <Combobox
            data-testid={testIds.queryEditor.queryType}
            width={28}
            options={queryTypeOptions()}
            value={queryType}
            onChange={(option) => update({ queryType: option.value })}
          />
        </InlineField>
        {hasField(queryType, 'format') && <FormatField query={query} update={update} />}
      </InlineFieldRow>

      <InlineFieldRow>
        {hasField(queryType, 'device') && (
          <TextFilter
            label={t('query.editor.device', 'Registers')}
            tooltip={t('query.editor.device-tooltip', 'Register ids, comma-separated, or a variable such as $device.')}
            testId={testIds.queryEditor.device}
            value={query.device}
            onChange={(device) => update({ device }, false)}
            onBlur={onRunQuery}
          />
        )}
        {hasField(queryType, 'store') && (
          <TextFilter
            label={t('query.editor.store', 'Stores')}
            tooltip={t('query.editor.store-tooltip', 'Store names, comma-separated, or a variable such as $store.')}
            testId={testIds.queryEditor.store}
            value={query.store}
            onChange={(store) => update({ store }, false)}
            onBlur={onRunQuery}
          />
        )}
        {hasField(queryType, 'operator') && (
          <TextFilter
            label={t('query.editor.operator', 'OFD')}
            tooltip={t(
              'query.editor.operator-tooltip',
              'OFD operators, comma-separated, or a variable such as $operator.'
            )}
            testId={testIds.queryEditor.operator}
            value={query.operator}
            onChange={(operator) => update({ operator }, false)}
            onBlur={onRunQuery}
          />
        )}
      </InlineFieldRow>

      <InlineFieldRow>
        {hasField(queryType, 'severity') && (
          <InlineField label={t('query.editor.severity', 'Severity')} labelWidth={LABEL_WIDTH}>
            <MultiCombobox
              data-testid={testIds.queryEditor.severity}
              width="auto"
              minWidth={20}
              options={severityOptions()}
              value={parseSeverities(query.severity)}
              placeholder={t('query.editor.severity-any', 'Any')}
              onChange={(options) => update({ severity: options.map((o) => o.value).join(',') || undefined })}
            />
          </InlineField>
        )}
        {hasField(queryType, 'family') && (
          <TextFilter
            label={t('query.editor.family', 'Code family')}
            tooltip={t(
              'query.editor.family-tooltip',
              'Error code families such as fn, atol or shtrih, comma-separated.'
            )}
            testId={testIds.queryEditor.family}
            value={query.family}
            onChange={(family) => update({ family }, false)}
            onBlur={onRunQuery}
          />
        )}
        {hasField(queryType, 'novel') && (
          <InlineField label={t('query.editor.novel', 'New only')} labelWidth={LABEL_WIDTH}>
            <InlineSwitch
              data-testid={testIds.queryEditor.novel}
              value={Boolean(query.novelOnly)}
              onChange={(event) => update({ novelOnly: event.currentTarget.checked || undefined })}
            />
          </InlineField>
        )}
        {hasField(queryType, 'limit') && (
          <InlineField
            label={t('query.editor.limit', 'Limit')}
            labelWidth={LABEL_WIDTH}
            tooltip={t('query.editor.limit-tooltip', 'Rows to return, up to 1000.')}
          >
            <Input
              data-testid={testIds.queryEditor.limit}
              type="number"
              width={10}
              min={1}
              max={1000}
              value={query.limit ?? ''}
              onChange={onLimit}
              onBlur={onRunQuery}
            />
          </InlineField>
        )}
      </InlineFieldRow>
    </>
  );
}

interface FormatProps {
  query: KktQuery;
  update: (patch: Partial<KktQuery>) => void;
}

/** Table rows or counts per interval; series are split by one label and can feed alert rules. */
function FormatField({ query, update }: FormatProps) {
  const format: QueryFormat = query.format ?? 'table';
  const formats: Array<{ value: QueryFormat; label: string }> = [
    { value: 'table', label: t('query.editor.format-table', 'Table') },
    { value: 'series', label: t('query.editor.format-series', 'Counts over time') },
  ];
  const groups: Array<{ value: GroupBy; label: string }> = [
    { value: 'severity', label: t('query.editor.group-severity', 'Severity') },
    { value: 'family', label: t('query.editor.group-family', 'Code family') },
    { value: 'device', label: t('query.editor.group-device', 'Register') },
  ];

  return (
    <>
      <InlineField label={t('query.editor.format', 'Format')} labelWidth={LABEL_WIDTH}>
        <RadioButtonGroup
          data-testid={testIds.queryEditor.format}
          options={formats}
          value={format}
          onChange={(value) => update({ format: value })}
        />
      </InlineField>
      {format === 'series' && (
        <InlineField label={t('query.editor.group-by', 'Split by')} labelWidth={LABEL_WIDTH}>
          <RadioButtonGroup
            data-testid={testIds.queryEditor.groupBy}
            options={groups}
            value={query.groupBy ?? 'severity'}
            onChange={(value) => update({ groupBy: value })}
          />
        </InlineField>
      )}
    </>
  );
}
