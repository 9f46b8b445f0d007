import { initPluginTranslations, type ResourceLoader, type Resources } from '@grafana/i18n';

/**
 * One set of locale files serves the app and its nested plugins; English is the default text in
 * the code, so only other languages are loaded.
 */
const loadResources: ResourceLoader = async (language: string): Promise<Resources> => {
  if (language === 'ru-RU') {
    const russian = await import('./locales/ru-RU/kkt-monitor-app.json');
    return russian.default;
  }
  return {};
};

/** Call once at the top of each plugin module, with that plugin's id as the namespace. */
export function initTranslations(pluginId: string): Promise<{ language: string }> {
  return initPluginTranslations(pluginId, [loadResources]);
}
