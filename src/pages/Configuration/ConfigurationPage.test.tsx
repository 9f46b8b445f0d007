import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { of } from 'rxjs';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PluginType } from '@grafana/data';
import { type BackendSrv, type DataSourceSrv, setBackendSrv, setDataSourceSrv } from '@grafana/runtime';

import { testIds } from '../../components/testIds';
import { type AppConfigProps, ConfigurationPage } from './ConfigurationPage';

const fetchMock = jest.fn(() => of({ data: {}, status: 200, ok: true }));
setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);

const datasources = [
  { uid: 'kkt-1', name: 'KKT Monitor', type: 'kkt-monitor-datasource' },
  { uid: 'prom', name: 'Prometheus', type: 'prometheus' },
];
setDataSourceSrv({
  getList: (filter: { pluginId: string }) => datasources.filter((ds) => ds.type === filter.pluginId),
} as unknown as DataSourceSrv);

function setup(jsonData: object) {
  const meta = {
    id: 'kkt-monitor-app',
    name: 'KKT Monitor',
    type: PluginType.app,
    enabled: true,
    pinned: false,
    jsonData,
  };
  const props = { plugin: { meta }, query: {} } as unknown as AppConfigProps;
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <ConfigurationPage {...props} />
    </MemoryRouter>
  );
}

describe('ConfigurationPage', () => {
  const reload = jest.fn();

  beforeAll(() => {
    Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
  });

  it('preselects the only KKT Monitor datasource', () => {
    setup({});

    expect(screen.getByTestId(testIds.appConfig.datasource)).toHaveValue('KKT Monitor');
  });

  it('saves the chosen datasources as the app settings and reloads', async () => {
    setup({ datasourceUid: 'kkt-1', prometheusUid: 'prom' });

    await act(async () => {
      fireEvent.click(screen.getByTestId(testIds.appConfig.save));
    });

    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({
        url: '/api/plugins/kkt-monitor-app/settings',
        method: 'POST',
        data: { enabled: true, pinned: false, jsonData: { datasourceUid: 'kkt-1', prometheusUid: 'prom' } },
      })
    );
    expect(reload).toHaveBeenCalled();
  });

  it('links to every dashboard of the app', () => {
    setup({});

    for (const uid of ['kkt-overview', 'kkt-device', 'kkt-errors', 'kkt-performance']) {
      expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toContain(`/d/${uid}`);
    }
  });
});
