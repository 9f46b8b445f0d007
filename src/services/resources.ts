import { lastValueFrom } from 'rxjs';
import { getBackendSrv, isFetchError } from '@grafana/runtime';

import { type AdvisorSuggestion, type ClusterView } from '../api/types';
import { apiErrorMessage, items } from './narrow';
import { type DeviceOption, narrowCluster, narrowDeviceOption, narrowSuggestion } from './views';

/** A resource call that failed: the HTTP status (null when nothing answered) and the service's sentence. */
export class ResourceError extends Error {
  constructor(
    readonly path: string,
    readonly status: number | null,
    readonly detail: string | null
  ) {
    super(`resource ${path} failed with ${status ?? 'no answer'}${detail ? `: ${detail}` : ''}`);
    this.name = 'ResourceError';
  }
}

export type Params = Record<string, string | number | boolean | undefined>;

/** The page size the service allows at most. */
const PAGE_LIMIT = 1000;
/** Variables list at most this many registers; a larger fleet is filtered by store first. */
const MAX_PAGES = 20;

function withoutEmpty(params: Params): Record<string, string | number | boolean> {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return Object.fromEntries(entries) as Record<string, string | number | boolean>;
}

/**
 * GET a resource of a KKT Monitor datasource instance. Grafana hands it to the datasource backend,
 * which adds the API key from the secure settings and asks the service under /api/v1/<path>.
 */
export async function getResource(uid: string, path: string, params: Params = {}): Promise<unknown> {
  const url = `/api/datasources/uid/${encodeURIComponent(uid)}/resources/${path}`;
  try {
    const request = { url, params: withoutEmpty(params), showErrorAlert: false };
    const response = await lastValueFrom(getBackendSrv().fetch<unknown>(request));
    return response.data;
  } catch (err) {
    if (isFetchError(err)) {
      const status = err.status > 0 ? err.status : null;
      throw new ResourceError(path, status, apiErrorMessage(err.data) ?? err.data?.message ?? null);
    }
    throw err;
  }
}

/** Every register matching the filters, page by page. */
export async function fetchDevices(uid: string, params: Params = {}): Promise<DeviceOption[]> {
  const devices: DeviceOption[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await getResource(uid, 'devices', { ...params, limit: PAGE_LIMIT, offset: page * PAGE_LIMIT });
    const batch = items(body, narrowDeviceOption);
    devices.push(...batch);
    if (batch.length < PAGE_LIMIT) {
      break;
    }
  }
  return devices;
}

export interface ClusterFilter {
  from?: string;
  to?: string;
  device?: string;
  severity?: string;
  novel?: boolean;
  limit?: number;
}

export async function fetchClusters(uid: string, filter: ClusterFilter): Promise<ClusterView[]> {
  const { novel, ...rest } = filter;
  const body = await getResource(uid, 'clusters', { ...rest, novel: novel ? true : undefined });
  return items(body, narrowCluster);
}

/** One cluster with every register it affected and its sample lines. */
export async function fetchCluster(uid: string, id: string): Promise<ClusterView> {
  return narrowCluster(await getResource(uid, `clusters/${encodeURIComponent(id)}`));
}

export async function fetchSuggestions(uid: string): Promise<AdvisorSuggestion[]> {
  return items(await getResource(uid, 'advisor/suggestions'), narrowSuggestion);
}
