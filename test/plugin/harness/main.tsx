// Entry of the screenshot harness: the plugin's panel and pages outside Grafana, in a chosen language and theme.
import React from 'react';
import { createRoot } from 'react-dom/client';
import i18next, { type Resource } from 'i18next';
import { createTheme } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { GlobalStyles, ThemeContext } from '@grafana/ui';

import russian from '../../../src/locales/ru-RU/kkt-monitor-app.json';
import { installFakeGrafana } from './fakeGrafana';
import { renderView } from './views';

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const language = params.get('lang') === 'ru' ? 'ru-RU' : 'en-US';
  const resources: Resource = language === 'ru-RU' ? { 'ru-RU': { 'kkt-monitor-app': russian } } : {};
  await i18next.init({ lng: language, fallbackLng: 'en-US', resources, returnEmptyString: false });
  await initPluginTranslations('kkt-monitor-app');
  installFakeGrafana();

  const theme = createTheme({ colors: { mode: params.get('theme') === 'light' ? 'light' : 'dark' } });
  const title = language === 'ru-RU' ? 'Кластеры ошибок' : 'Error clusters';
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <ThemeContext.Provider value={theme}>
        <GlobalStyles />
        <div style={{ padding: 16 }}>{renderView(params.get('view') ?? 'panel', title)}</div>
      </ThemeContext.Provider>
    );
  }
}

void main();
