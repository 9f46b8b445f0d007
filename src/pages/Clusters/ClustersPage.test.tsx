import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { of } from 'rxjs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { type BackendSrv, type BackendSrvRequest, setBackendSrv } from '@grafana/runtime';

import { testIds } from '../../components/testIds';
import { apiFixture, recordedCluster, recordedClusters } from '../../testing/fixtures';
import { ClustersPage } from './ClustersPage';

const fetchMock = jest.fn();
setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);

function answer(request: BackendSrvRequest) {
  const body = request.url.endsWith('/resources/clusters') ? apiFixture('clusters') : apiFixture('cluster');
  return of({ data: body, status: 200, ok: true });
}

function setup(search: string) {
  render(
    <MemoryRouter
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
      initialEntries={[`/a/kkt-monitor-app/clusters${search}`]}
    >
      <ClustersPage datasourceUid="kkt-ds" />
    </MemoryRouter>
  );
}

describe('ClustersPage on recorded clusters', () => {
  beforeEach(() => fetchMock.mockReset().mockImplementation(answer));

  it('asks for the clusters with the filters of its URL, as the panel links them', async () => {
    setup(
      '?from=2026-11-01T00:00:00.000Z&to=2026-12-01T00:00:00.000Z&device=store-01-kkt-02&severity=critical,high&novel=true'
    );
    await screen.findAllByTestId(testIds.clusters.row);

    expect(fetchMock.mock.calls[0][0].params).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      device: 'store-01-kkt-02',
      severity: 'critical,high',
      novel: true,
      limit: 1000,
    });
  });

  it('lists every cluster the service returned', async () => {
    setup('');

    expect(await screen.findAllByTestId(testIds.clusters.row)).toHaveLength(recordedClusters().length);
    expect(screen.getByText(`Clusters found: ${recordedClusters().length}`)).toBeInTheDocument();
  });

  it('drills into a cluster: its sample lines and every register, each linked to its dashboard', async () => {
    setup('');
    const cluster = recordedCluster();
    const index = recordedClusters().findIndex((c) => c.id === cluster.id);
    const rows = await screen.findAllByTestId(testIds.clusters.row);

    await act(async () => {
      fireEvent.click(rows[index]);
    });

    const details = await screen.findByTestId(testIds.clusters.samples);
    for (const device of cluster.devices) {
      expect(within(details).getByRole('link', { name: device })).toHaveAttribute(
        'href',
        `/d/kkt-device?var-device=${device}`
      );
    }
  });

  it('asks for a datasource when the app has none', () => {
    render(
      <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <ClustersPage />
      </MemoryRouter>
    );

    expect(screen.getByTestId(testIds.errorAlert)).toHaveTextContent('Add a KKT Monitor datasource');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
