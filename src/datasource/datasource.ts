import { type DataSourceInstanceSettings, type MetricFindValue, type ScopedVars } from '@grafana/data';
import { DataSourceWithBackend, getTemplateSrv, type TemplateSrv } from '@grafana/runtime';

import { DEFAULT_QUERY, type KktQuery, QUERY_TYPES } from '../api/query';
import { fetchDevices } from '../services/resources';
import { interpolateFilter } from './filters';
import { isVariableQuery, type KktOptions, type KktVariableQuery } from './types';
import { KktVariableSupport, variableValues } from './variables';

/** The KKT Monitor datasource: queries and alerting run in the backend, variables through resources. */
export class KktDataSource extends DataSourceWithBackend<KktQuery, KktOptions> {
  constructor(
    instanceSettings: DataSourceInstanceSettings<KktOptions>,
    private readonly templateSrv: TemplateSrv = getTemplateSrv()
  ) {
    super(instanceSettings);
    this.variables = new KktVariableSupport(this);
  }

  getDefaultQuery(): Partial<KktQuery> {
    return DEFAULT_QUERY;
  }

  filterQuery(query: KktQuery): boolean {
    return !query.hide && QUERY_TYPES.includes(query.queryType);
  }

  applyTemplateVariables(query: KktQuery, scopedVars: ScopedVars): KktQuery {
    const interpolate = (value: string | undefined) => interpolateFilter(this.templateSrv, value, scopedVars);
    return {
      ...query,
      device: interpolate(query.device),
      store: interpolate(query.store),
      operator: interpolate(query.operator),
      severity: interpolate(query.severity),
      family: interpolate(query.family),
    };
  }

  /** Values of a query variable: registers, stores or operators, narrowed by store and operator. */
  async metricFindQuery(query: KktVariableQuery | string): Promise<MetricFindValue[]> {
    const model: KktVariableQuery = isVariableQuery(query) ? query : { refId: 'variable', kind: 'device' };
    const devices = await fetchDevices(this.uid, {
      store: interpolateFilter(this.templateSrv, model.store),
      operator: interpolateFilter(this.templateSrv, model.operator),
    });
    return variableValues(model.kind, devices);
  }
}
