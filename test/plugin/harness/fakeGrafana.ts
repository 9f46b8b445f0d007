// Stands in for the Grafana server behind the plugin: resource calls answer with the recorded service
// fixtures (served next to the page), Grafana's own API with small fixed answers.
import { from, type Observable, of, throwError } from 'rxjs';
import {
  type BackendSrv,
  type BackendSrvRequest,
  type DataSourceSrv,
  setBackendSrv,
  setDataSourceSrv,
} from '@grafana/runtime';

const RESOURCES = /^\/api\/datasources\/uid\/[^/]+\/resources\/(.+)$/;

function answer(data: unknown): Observable<unknown> {
  return of({ data, status: 200, ok: true, headers: new Headers(), url: '', type: 'basic', redirected: false });
}

/** The recorded fixture answering a resource path. */
function fixtureFor(path: string): string | undefined {
  if (path.startsWith('clusters/')) {
    return 'cluster';
  }
  const names: Record<string, string> = {
    clusters: 'clusters',
    devices: 'devices',
    'advisor/suggestions': 'advisor-suggestions',
  };
  return names[path];
}

async function loadFixture(name: string): Promise<unknown> {
  const response = await window.fetch(`/fixtures/${name}.json`);
  if (!response.ok) {
    throw { status: response.status, data: { message: `no recorded ${name}` } };
  }
  return { data: await response.json(), status: 200, ok: true };
}

function grafanaApi(request: BackendSrvRequest): unknown {
  if (request.url === '/api/folders') {
    return request.method === 'POST'
      ? { uid: 'kkt-new', title: 'KKT Monitor' }
      : [{ uid: 'kkt', title: 'KKT Monitor' }];
  }
  return request.url === '/api/v1/provisioning/alert-rules' ? { uid: 'kkt-rule' } : undefined;
}

function fetch(request: BackendSrvRequest): Observable<unknown> {
  const match = RESOURCES.exec(request.url);
  const fixture = match ? fixtureFor(match[1]) : undefined;
  if (fixture) {
    return from(loadFixture(fixture));
  }
  const body = grafanaApi(request);
  return body === undefined ? throwError(() => ({ status: 404, data: { message: 'not found' } })) : answer(body);
}

export function installFakeGrafana(): void {
  setBackendSrv({ fetch } as unknown as BackendSrv);
  const list = [
    { uid: 'kkt-monitor', name: 'KKT Monitor', type: 'kkt-monitor-datasource' },
    { uid: 'prometheus', name: 'Prometheus', type: 'prometheus' },
  ];
  const getList = (filter?: { pluginId?: string }) =>
    list.filter((ds) => !filter?.pluginId || ds.type === filter.pluginId);
  setDataSourceSrv({ getList } as unknown as DataSourceSrv);
}
