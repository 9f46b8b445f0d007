import React, { lazy, Suspense } from 'react';
import { AppPlugin, type AppRootProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { LoadingPlaceholder } from '@grafana/ui';

import { PLUGIN_ID } from './constants';
import { initTranslations } from './i18n';
import { type AppConfigProps } from './pages/Configuration/ConfigurationPage';
import { type AppSettings } from './settings';

await initTranslations(PLUGIN_ID);

const LazyApp = lazy(() => import('./components/App/App'));
const LazyConfiguration = lazy(() =>
  import('./pages/Configuration/ConfigurationPage').then((m) => ({ default: m.ConfigurationPage }))
);

const App = (props: AppRootProps) => (
  <Suspense fallback={<LoadingPlaceholder text="" />}>
    <LazyApp {...props} />
  </Suspense>
);

const Configuration = (props: AppConfigProps) => (
  <Suspense fallback={<LoadingPlaceholder text="" />}>
    <LazyConfiguration {...props} />
  </Suspense>
);

export const plugin = new AppPlugin<AppSettings>().setRootPage(App).addConfigPage({
  // Grafana reads the tab title once, here; the translations are loaded by the await above.
  // eslint-disable-next-line @grafana/i18n/no-translation-top-level
  title: t('config.tab', 'Configuration'),
  icon: 'cog',
  body: Configuration,
  id: 'configuration',
});
