import React, { useState } from 'react';
import { type AppPluginMeta, type PluginConfigPageProps } from '@grafana/data';
import { t, Trans } from '@grafana/i18n';
import { Alert, Button, Combobox, Field, FieldSet, Stack, Text, TextLink } from '@grafana/ui';

import { testIds } from '../../components/testIds';
import { DATASOURCE_TYPE, PLUGIN_ID } from '../../constants';
import { listDatasources } from '../../services/datasources';
import { savePluginSettings } from '../../services/grafanaApi';
import { reportError } from '../../services/userMessage';
import { type AppSettings, narrowAppSettings } from '../../settings';
import { DocumentationLinks } from './DocumentationLinks';

export type AppConfigProps = PluginConfigPageProps<AppPluginMeta<AppSettings>>;

/** Which KKT Monitor datasource the pages use and which Prometheus the advisor offers first. */
export function ConfigurationPage({ plugin }: AppConfigProps) {
  const { enabled, pinned, jsonData } = plugin.meta;
  const [settings, setSettings] = useState<AppSettings>(narrowAppSettings(jsonData));
  const [error, setError] = useState<string | null>(null);
  const kkt = listDatasources(DATASOURCE_TYPE);
  const prometheus = listDatasources('prometheus');

  const save = async () => {
    try {
      await savePluginSettings(PLUGIN_ID, { enabled: Boolean(enabled), pinned: Boolean(pinned), jsonData: settings });
      // Grafana hands the app its settings when the page loads.
      window.location.reload();
    } catch (err) {
      setError(reportError(err, {}, 'saving the app settings failed'));
    }
  };

  return (
    <Stack direction="column" gap={3}>
      <FieldSet label={t('config.title', 'Data')}>
        {kkt.length === 0 && (
          <Alert severity="info" title={t('config.no-datasource', 'There is no KKT Monitor datasource yet.')}>
            <TextLink href="/connections/datasources/new">
              {t('config.add-datasource', 'Add one with the service URL and API key')}
            </TextLink>
          </Alert>
        )}
        <Field
          label={t('config.datasource', 'KKT Monitor datasource')}
          description={t('config.datasource-description', 'The error clusters and alert advisor pages read from it.')}
        >
          <Combobox
            data-testid={testIds.appConfig.datasource}
            width={40}
            options={kkt.map((ds) => ({ value: ds.uid, label: ds.name }))}
            value={settings.datasourceUid ?? kkt[0]?.uid ?? null}
            onChange={(option) => setSettings({ ...settings, datasourceUid: option.value })}
          />
        </Field>
        <Field
          label={t('config.prometheus', 'Prometheus for alert rules')}
          description={t(
            'config.prometheus-description',
            'Offered first when a suggested rule is applied; the one that scrapes kkt-monitor.'
          )}
        >
          <Combobox
            width={40}
            options={prometheus.map((ds) => ({ value: ds.uid, label: ds.name }))}
            value={settings.prometheusUid ?? null}
            isClearable
            onChange={(option) => setSettings({ ...settings, prometheusUid: option?.value })}
          />
        </Field>
        {error && <Alert severity="error" title={error} />}
        <Button onClick={save} data-testid={testIds.appConfig.save}>
          {t('config.save', 'Save')}
        </Button>
      </FieldSet>

      <FieldSet label={t('config.docs-title', 'Where to look')}>
        <Text color="secondary" element="p">
          <Trans i18nKey="config.docs-intro">
            The app brings four dashboards and two pages; the Overview tab above describes them all.
          </Trans>
        </Text>
        <DocumentationLinks />
      </FieldSet>
    </Stack>
  );
}
