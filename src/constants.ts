import pluginJson from './plugin.json';

export const PLUGIN_ID = pluginJson.id;

export const PLUGIN_BASE_URL = `/a/${PLUGIN_ID}`;

/** The nested datasource's plugin id; the app's pages talk to an instance of it. */
export const DATASOURCE_TYPE = 'kkt-monitor-datasource';

export enum ROUTES {
  Clusters = 'clusters',
  Advisor = 'advisor',
}
