import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { of } from 'rxjs';
import { render, screen } from '@testing-library/react';
import { type AppRootProps, PluginType } from '@grafana/data';
import {
  type BackendSrv,
  type BackendSrvRequest,
  type DataSourceSrv,
  setBackendSrv,
  setDataSourceSrv,
} from '@grafana/runtime';

import { testIds } from '../testIds';
import App from './App';

const fetchMock = jest.fn((_request: BackendSrvRequest) =>
  of({ data: { items: [], total: 0, limit: 1000, offset: 0 }, status: 200, ok: true })
);
setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);
setDataSourceSrv({ getList: () => [{ uid: 'only-kkt', name: 'KKT Monitor' }] } as unknown as DataSourceSrv);

function renderAt(path: string, jsonData: object = {}) {
  const meta = { id: 'kkt-monitor-app', name: 'KKT Monitor', type: PluginType.app, enabled: true, jsonData };
  const props = { basename: '/a/kkt-monitor-app', meta, query: {}, path: '', onNavChanged: jest.fn() };
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }} initialEntries={[path]}>
      <App {...(props as unknown as AppRootProps)} />
    </MemoryRouter>
  );
}

describe('App', () => {
  beforeEach(() => fetchMock.mockClear());

  it('opens the error clusters page by default, on the only KKT Monitor datasource', async () => {
    renderAt('/');

    expect(await screen.findByTestId(testIds.clustersPage.container)).toBeInTheDocument();
    expect(fetchMock.mock.calls[0][0]).toMatchObject({ url: '/api/datasources/uid/only-kkt/resources/clusters' });
  });

  it('reads from the datasource chosen on the configuration page', async () => {
    renderAt('/advisor', { datasourceUid: 'chosen' });

    expect(await screen.findByTestId(testIds.advisor.container)).toBeInTheDocument();
    expect(fetchMock.mock.calls[0][0]).toMatchObject({
      url: '/api/datasources/uid/chosen/resources/advisor/suggestions',
    });
  });
});
