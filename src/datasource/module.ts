import { DataSourcePlugin } from '@grafana/data';

import { type KktQuery, type KktSecureJsonData } from '../api/query';
import { initTranslations } from '../i18n';
import { ConfigEditor } from './components/ConfigEditor';
import { QueryEditor } from './components/QueryEditor';
import { KktDataSource } from './datasource';
import { type KktOptions } from './types';
import pluginJson from './plugin.json';

await initTranslations(pluginJson.id);

export const plugin = new DataSourcePlugin<KktDataSource, KktQuery, KktOptions, KktSecureJsonData>(KktDataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
