import { type Severity } from '../../api/types';
import { PLUGIN_BASE_URL, ROUTES } from '../../constants';
import { parseSeverities } from '../severity';

/** What the clusters page filters by; the panel links to it with the same filter. */
export interface ClusterPageFilter {
  from?: string;
  to?: string;
  device?: string;
  severity?: Severity[];
  novel?: boolean;
}

export function clustersPageUrl(filter: ClusterPageFilter): string {
  const params = new URLSearchParams();
  const entries: Array<[string, string | undefined]> = [
    ['from', filter.from],
    ['to', filter.to],
    ['device', filter.device],
    ['severity', filter.severity?.join(',') || undefined],
    ['novel', filter.novel ? 'true' : undefined],
  ];
  entries.forEach(([key, value]) => value && params.set(key, value));
  const query = params.toString();
  return `${PLUGIN_BASE_URL}/${ROUTES.Clusters}${query ? `?${query}` : ''}`;
}

export function parseClustersPageUrl(search: string): ClusterPageFilter {
  const params = new URLSearchParams(search);
  const severity = parseSeverities(params.get('severity') ?? undefined);
  return {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    device: params.get('device') ?? undefined,
    severity: severity.length > 0 ? severity : undefined,
    novel: params.get('novel') === 'true' || undefined,
  };
}

/** The register details dashboard for one register. */
export function deviceDashboardUrl(deviceId: string): string {
  return `/d/kkt-device?var-device=${encodeURIComponent(deviceId)}`;
}
