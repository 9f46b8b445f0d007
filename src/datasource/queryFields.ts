import { type QueryType } from '../api/query';

export type QueryField = 'format' | 'device' | 'store' | 'operator' | 'severity' | 'family' | 'novel' | 'limit';

/** Which filters each query type takes; the editor shows exactly these. */
export const QUERY_FIELDS: Record<QueryType, readonly QueryField[]> = {
  devices: ['device', 'store', 'operator', 'limit'],
  fiscalDrives: ['device', 'store', 'operator', 'limit'],
  documents: ['device', 'limit'],
  ofdBacklog: ['device', 'store', 'operator', 'limit'],
  errors: ['format', 'device', 'severity', 'family', 'limit'],
  clusters: ['device', 'severity', 'novel', 'limit'],
  fleetStats: [],
};

export function hasField(queryType: QueryType, field: QueryField): boolean {
  return QUERY_FIELDS[queryType].includes(field);
}
