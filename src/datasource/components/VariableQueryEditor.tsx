import React from 'react';
import { type QueryEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { InlineField, InlineFieldRow, RadioButtonGroup } from '@grafana/ui';

import { type KktQuery } from '../../api/query';
import { testIds } from '../../components/testIds';
import { type KktDataSource } from '../datasource';
import { variableKindOptions } from '../labels';
import { isVariableQuery, type KktOptions, type KktVariableQuery } from '../types';
import { TextFilter } from './TextFilter';

type Props = QueryEditorProps<KktDataSource, KktQuery, KktOptions, KktVariableQuery>;

/** A variable of registers, stores or OFD operators, optionally narrowed by store and operator. */
export function VariableQueryEditor({ query, onChange }: Props) {
  const model: KktVariableQuery = isVariableQuery(query) ? query : { refId: 'variable', kind: 'device' };
  const update = (patch: Partial<KktVariableQuery>) => onChange({ ...model, ...patch });

  return (
    <InlineFieldRow>
      <InlineField label={t('variable.editor.kind', 'Values')} labelWidth={14}>
        <RadioButtonGroup
          data-testid={testIds.variableEditor.kind}
          options={variableKindOptions()}
          value={model.kind}
          onChange={(kind) => update({ kind })}
        />
      </InlineField>
      {model.kind !== 'store' && (
        <TextFilter
          label={t('variable.editor.store', 'In stores')}
          tooltip={t('variable.editor.store-tooltip', 'Only registers of these stores; may use another variable.')}
          testId={testIds.variableEditor.store}
          value={model.store}
          onChange={(store) => update({ store })}
          onBlur={() => undefined}
        />
      )}
      {model.kind !== 'operator' && (
        <TextFilter
          label={t('variable.editor.operator', 'With OFD')}
          tooltip={t('variable.editor.operator-tooltip', 'Only registers served by these OFD operators.')}
          testId={testIds.variableEditor.operator}
          value={model.operator}
          onChange={(operator) => update({ operator })}
          onBlur={() => undefined}
        />
      )}
    </InlineFieldRow>
  );
}
