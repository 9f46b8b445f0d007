import { getDataSourceSrv } from '@grafana/runtime';

export interface DatasourceOption {
  uid: string;
  name: string;
}

/**
 * Datasource instances of one plugin type. Grafana 13 deprecates getDataSourceSrv in favour of
 * functions Grafana 12.3 does not have yet; the plugin supports both, so it keeps the old call here.
 */
export function listDatasources(pluginId: string): DatasourceOption[] {
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const list = getDataSourceSrv().getList({ pluginId });
  return list.map((ds) => ({ uid: ds.uid, name: ds.name }));
}
