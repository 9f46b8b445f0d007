import { config } from '@grafana/runtime';

/** The language of texts the service sends in both languages (alert summaries): Russian or English. */
export function textLanguage(): 'ru' | 'en' {
  const language = config.bootData?.user?.language ?? '';
  return language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
