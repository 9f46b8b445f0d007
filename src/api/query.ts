/**
 * The datasource's query model: what the query editor writes, what Grafana sends to the backend's
 * QueryData in DataQuery.json, and what the backend answers from the service API.
 */

export const QUERY_TYPES = [
  'devices', // one row per register: identity and state (table frame)
  'fiscalDrives', // FN serial, expiry, memory use per register (table frame, numeric columns)
  'documents', // fiscal documents in the time range (table frame)
  'ofdBacklog', // unsent count and oldest unsent age per register (table frame, numeric, alertable)
  'errors', // error events in the time range (table frame), or counts per interval when format is "series"
  'clusters', // error clusters in the time range (table frame)
  'fleetStats', // fleet counts (one-row table frame)
] as const;

export type QueryType = (typeof QUERY_TYPES)[number];

export type QueryFormat = 'table' | 'series';

export interface KktQuery {
  refId: string;
  queryType: QueryType;
  /** "table" rows, or "series": numeric counts per interval as a wide frame with labels (alertable). */
  format?: QueryFormat;
  /** Register ids, comma-separated; template variables are interpolated before the query leaves the browser. */
  device?: string;
  store?: string;
  operator?: string;
  /** Comma-separated severities: critical, high, warning, info. */
  severity?: string;
  /** Code family of errors, e.g. fn, atol, shtrih. */
  family?: string;
  /** For series: label to split counts by. */
  groupBy?: 'device' | 'severity' | 'family';
  /** Clusters: only patterns that are new against the baseline. */
  novelOnly?: boolean;
  limit?: number;
  hide?: boolean;
}

export const DEFAULT_QUERY: Omit<KktQuery, 'refId'> = {
  queryType: 'devices',
  format: 'table',
  limit: 1000,
};

/** Settings of a datasource instance (jsonData); the API key lives in secureJsonData.apiKey. */
export interface KktDataSourceOptions {
  /** Base URL of the kkt-monitor service, e.g. http://kkt-monitor:9877. */
  url?: string;
}

export interface KktSecureJsonData {
  apiKey?: string;
}
