import React, { type ChangeEvent } from 'react';
import { type DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { t, Trans } from '@grafana/i18n';
import { Field, FieldSet, Input, SecretInput, Text } from '@grafana/ui';

import { type KktSecureJsonData } from '../../api/query';
import { type KktOptions } from '../types';
import { testIds } from '../../components/testIds';

type Props = DataSourcePluginOptionsEditorProps<KktOptions, KktSecureJsonData>;

export function isServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Where the kkt-monitor service runs and the key it wants; the key stays on the Grafana server. */
export function ConfigEditor({ options, onOptionsChange }: Props) {
  const { jsonData, secureJsonFields, secureJsonData } = options;
  const url = jsonData.url ?? '';
  const urlInvalid = url !== '' && !isServiceUrl(url);

  const onUrlChange = (event: ChangeEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, jsonData: { ...jsonData, url: event.target.value.trim() } });

  const onKeyChange = (event: ChangeEvent<HTMLInputElement>) =>
    onOptionsChange({ ...options, secureJsonData: { ...secureJsonData, apiKey: event.target.value } });

  const onKeyReset = () =>
    onOptionsChange({
      ...options,
      secureJsonFields: { ...secureJsonFields, apiKey: false },
      secureJsonData: { ...secureJsonData, apiKey: '' },
    });

  return (
    <FieldSet label={t('datasource.config.title', 'kkt-monitor service')}>
      <Text color="secondary" element="p">
        <Trans i18nKey="datasource.config.intro">
          Grafana asks the service for registers, documents, errors and clusters; the browser never sees the key.
        </Trans>
      </Text>

      <Field
        label={t('datasource.config.url-label', 'Service URL')}
        description={t('datasource.config.url-description', 'Base address of the kkt-monitor HTTP API.')}
        invalid={urlInvalid}
        error={t('datasource.config.url-invalid', 'Enter an address starting with http:// or https://.')}
        required
      >
        <Input
          id="kkt-ds-url"
          data-testid={testIds.configEditor.url}
          width={60}
          value={url}
          placeholder={t('datasource.config.url-placeholder', 'e.g. http://kkt-monitor:9877')}
          onChange={onUrlChange}
        />
      </Field>

      <Field
        label={t('datasource.config.key-label', 'API key')}
        description={t(
          'datasource.config.key-description',
          'One of the keys in server.apiKeys of the service configuration; leave empty if the service has none.'
        )}
      >
        <SecretInput
          id="kkt-ds-api-key"
          data-testid={testIds.configEditor.apiKey}
          width={60}
          value={secureJsonData?.apiKey ?? ''}
          isConfigured={Boolean(secureJsonFields?.apiKey)}
          placeholder={t('datasource.config.key-placeholder', 'API key')}
          onChange={onKeyChange}
          onReset={onKeyReset}
        />
      </Field>
    </FieldSet>
  );
}
