import { DATASOURCE_TYPE } from './constants';
import { listDatasources } from './services/datasources';
import { isObj } from './services/narrow';

/** The app's settings (jsonData of kkt-monitor-app), set on its configuration page or by provisioning. */
export interface AppSettings {
  /** The KKT Monitor datasource instance the pages read from. */
  datasourceUid?: string;
  /** The Prometheus datasource the alert advisor offers first. */
  prometheusUid?: string;
}

export function narrowAppSettings(jsonData: unknown): AppSettings {
  if (!isObj(jsonData)) {
    return {};
  }
  const text = (key: string) =>
    typeof jsonData[key] === 'string' && jsonData[key] !== '' ? String(jsonData[key]) : undefined;
  return { datasourceUid: text('datasourceUid'), prometheusUid: text('prometheusUid') };
}

/** The configured KKT Monitor datasource, or the only one there is; undefined when none exists. */
export function pageDatasourceUid(settings: AppSettings): string | undefined {
  if (settings.datasourceUid) {
    return settings.datasourceUid;
  }
  const [first] = listDatasources(DATASOURCE_TYPE);
  return first?.uid;
}
