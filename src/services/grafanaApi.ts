import { lastValueFrom } from 'rxjs';
import { getBackendSrv, isFetchError } from '@grafana/runtime';

import { type ProvisionedAlertRule } from './alertRule';
import { arr, isObj, obj, str } from './narrow';

export interface Folder {
  uid: string;
  title: string;
}

/** A call to Grafana's own API that failed, with Grafana's message for the log. */
export class GrafanaApiError extends Error {
  constructor(
    readonly status: number | null,
    readonly detail: string | null
  ) {
    super(`Grafana API answered ${status ?? 'nothing'}${detail ? `: ${detail}` : ''}`);
    this.name = 'GrafanaApiError';
  }
}

async function call<T>(request: { url: string; method?: string; data?: unknown; headers?: Record<string, string> }) {
  try {
    const response = await lastValueFrom(getBackendSrv().fetch<T>({ ...request, showErrorAlert: false }));
    return response.data;
  } catch (err) {
    if (isFetchError(err)) {
      const message = isObj(err.data) && typeof err.data.message === 'string' ? err.data.message : null;
      throw new GrafanaApiError(err.status > 0 ? err.status : null, message);
    }
    throw err;
  }
}

function narrowFolder(value: unknown): Folder {
  const o = obj(value, 'folder');
  return { uid: str(o, 'uid'), title: str(o, 'title') };
}

export async function listFolders(): Promise<Folder[]> {
  const body = await call<unknown>({ url: '/api/folders' });
  return arr({ items: body }, 'items').map(narrowFolder);
}

export async function createFolder(title: string): Promise<Folder> {
  return narrowFolder(await call<unknown>({ url: '/api/folders', method: 'POST', data: { title } }));
}

/**
 * Writes a Grafana-managed rule. X-Disable-Provenance keeps it editable in the alerting UI, as a rule
 * made there would be, instead of locking it as provisioned.
 */
export async function createAlertRule(rule: ProvisionedAlertRule): Promise<{ uid: string }> {
  const body = await call<unknown>({
    url: '/api/v1/provisioning/alert-rules',
    method: 'POST',
    data: rule,
    headers: { 'X-Disable-Provenance': 'true' },
  });
  return { uid: str(obj(body, 'created rule'), 'uid') };
}

/** Saves the app's settings (jsonData) as Grafana's plugin settings API takes them. */
export async function savePluginSettings(
  pluginId: string,
  data: { enabled: boolean; pinned: boolean; jsonData: object }
): Promise<void> {
  await call<unknown>({ url: `/api/plugins/${pluginId}/settings`, method: 'POST', data });
}
