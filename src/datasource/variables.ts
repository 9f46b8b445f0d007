import {
  CustomVariableSupport,
  type DataQueryRequest,
  type DataQueryResponse,
  type MetricFindValue,
} from '@grafana/data';
import { from, map, type Observable } from 'rxjs';

import { type DeviceOption } from '../services/views';
import { VariableQueryEditor } from './components/VariableQueryEditor';
import { type KktDataSource } from './datasource';
import { type KktVariableQuery, type VariableKind } from './types';

function deviceText(device: DeviceOption): string {
  return device.name ? `${device.name} (${device.id})` : device.id;
}

function distinct(values: Array<string | null>): MetricFindValue[] {
  const unique = [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b));
  return unique.map((value) => ({ text: value, value }));
}

/** Variable values from the registers the service knows; a register's text names it, its value is its id. */
export function variableValues(kind: VariableKind, devices: DeviceOption[]): MetricFindValue[] {
  switch (kind) {
    case 'store':
      return distinct(devices.map((d) => d.store));
    case 'operator':
      return distinct(devices.map((d) => d.operator));
    case 'device':
      return devices.map((d) => ({ text: deviceText(d), value: d.id }));
  }
}

export class KktVariableSupport extends CustomVariableSupport<KktDataSource, KktVariableQuery> {
  editor = VariableQueryEditor;

  constructor(private readonly datasource: KktDataSource) {
    super();
  }

  query(request: DataQueryRequest<KktVariableQuery>): Observable<DataQueryResponse> {
    const [target] = request.targets;
    return from(this.datasource.metricFindQuery(target)).pipe(map((data) => ({ data })));
  }
}
