import { type DataSourceJsonData } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

import { type KktDataSourceOptions } from '../api/query';

/** What a query variable lists: registers, or the stores or OFD operators they belong to. */
export const VARIABLE_KINDS = ['device', 'store', 'operator'] as const;

export type VariableKind = (typeof VARIABLE_KINDS)[number];

/** The model of a query variable on this datasource; it runs in the browser through resource calls. */
export interface KktVariableQuery extends DataQuery {
  kind: VariableKind;
  /** Only registers of these stores (comma-separated, may hold variables such as $store). */
  store?: string;
  operator?: string;
}

export function isVariableQuery(value: unknown): value is KktVariableQuery {
  if (typeof value !== 'object' || value === null || !('kind' in value)) {
    return false;
  }
  return VARIABLE_KINDS.some((kind) => kind === value.kind);
}

/** Instance settings as Grafana types them: the shared options plus Grafana's common jsonData fields. */
export type KktOptions = KktDataSourceOptions & DataSourceJsonData;
