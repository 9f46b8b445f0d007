import React from 'react';
import { t } from '@grafana/i18n';
import { Alert, TextLink } from '@grafana/ui';

import { PLUGIN_ID } from '../constants';
import { testIds } from '../components/testIds';

/** Shown when no KKT Monitor datasource exists or none is chosen for the app. */
export function NoDatasource() {
  return (
    <Alert
      severity="info"
      title={t('pages.no-datasource', 'Add a KKT Monitor datasource, then choose it on the app’s configuration page.')}
      data-testid={testIds.errorAlert}
    >
      <TextLink href={`/plugins/${PLUGIN_ID}`}>{t('pages.open-configuration', 'Open the configuration')}</TextLink>
    </Alert>
  );
}
