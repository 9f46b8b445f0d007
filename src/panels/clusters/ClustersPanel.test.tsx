import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { of, throwError } from 'rxjs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  dateTime,
  FieldType,
  getDefaultTimeRange,
  LoadingState,
  type PanelData,
  type PanelProps,
  toDataFrame,
} from '@grafana/data';
import { type BackendSrv, type BackendSrvRequest, setBackendSrv } from '@grafana/runtime';

import { sortClusters } from '../../components/clusters/sortClusters';
import { testIds } from '../../components/testIds';
import { apiFixture, recordedCluster, recordedClusters } from '../../testing/fixtures';
import { ClustersPanel } from './ClustersPanel';
import { type ClustersPanelOptions, DEFAULT_OPTIONS } from './types';

const fetchMock = jest.fn();
setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);

const clusters = recordedClusters();
const cluster = recordedCluster();

function answer(request: BackendSrvRequest) {
  const body = request.url.endsWith('/resources/clusters') ? apiFixture('clusters') : apiFixture('cluster');
  return of({ data: body, status: 200, ok: true });
}

function panelData(target: Record<string, unknown>, frames = [toDataFrame({ fields: [] })]): PanelData {
  const range = {
    ...getDefaultTimeRange(),
    from: dateTime('2026-01-01T00:00:00Z'),
    to: dateTime('2027-01-01T00:00:00Z'),
  };
  const request = { targets: [target], requestId: 'Q1', range } as unknown as PanelData['request'];
  return { state: LoadingState.Done, series: frames, timeRange: range, request };
}

function setup(options: Partial<ClustersPanelOptions> = {}, target: Record<string, unknown> = {}) {
  const data = panelData({
    refId: 'A',
    queryType: 'clusters',
    datasource: { type: 'kkt-monitor-datasource', uid: '${DS_KKT}' },
    device: '$device',
    ...target,
  });
  const props = {
    data,
    timeRange: data.timeRange,
    timeZone: 'utc',
    options: { ...DEFAULT_OPTIONS, ...options },
    width: 800,
    height: 400,
    replaceVariables: (value: string) => value.replace('${DS_KKT}', 'kkt-ds').replace('$device', ''),
  } as unknown as PanelProps<ClustersPanelOptions>;
  return render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <ClustersPanel {...props} />
    </MemoryRouter>
  );
}

describe('ClustersPanel on recorded clusters', () => {
  beforeEach(() => fetchMock.mockReset().mockImplementation(answer));

  it('asks the service for the clusters of the query through its datasource and time range', async () => {
    setup();
    await screen.findAllByTestId(testIds.clusters.row);

    const request: BackendSrvRequest = fetchMock.mock.calls[0][0];
    expect(request.url).toBe('/api/datasources/uid/kkt-ds/resources/clusters');
    expect(request.params).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  });

  it('lists the top clusters by events with severity, trend and counts', async () => {
    setup({ topN: 3, sortBy: 'count' });
    const rows = await screen.findAllByTestId(testIds.clusters.row);

    const biggest = [...clusters].sort((a, b) => b.count - a.count).slice(0, 3);
    expect(rows).toHaveLength(biggest.length);
    expect(within(rows[0]).getByText(biggest[0].template)).toBeInTheDocument();
    expect(within(rows[0]).getByText(biggest[0].count.toLocaleString())).toBeInTheDocument();
    expect(within(rows[0]).getByTestId(testIds.clusters.sparkline)).toBeInTheDocument();
  });

  it('marks new patterns', async () => {
    setup({ topN: 500 });
    await screen.findAllByTestId(testIds.clusters.row);

    expect(screen.queryAllByTestId(testIds.clusters.newBadge)).toHaveLength(clusters.filter((c) => c.novel).length);
  });

  it('opens a row to the sample lines of that cluster', async () => {
    setup({ topN: 500 });
    const rows = await screen.findAllByTestId(testIds.clusters.row);
    const index = sortClusters(clusters, 'count').findIndex((c) => c.id === cluster.id);
    expect(index).toBeGreaterThanOrEqual(0);

    await act(async () => {
      fireEvent.click(rows[index]);
    });

    const samples = await screen.findByTestId(testIds.clusters.samples);
    expect(fetchMock.mock.calls[1][0].url).toBe(
      `/api/datasources/uid/kkt-ds/resources/clusters/${encodeURIComponent(cluster.id)}`
    );
    // The page shows a multi-line sample as it is; the matcher compares text with its whitespace collapsed.
    // A retried failure repeats its words, so several samples may read alike.
    const message = cluster.samples[0].message.replace(/\s+/g, ' ').trim();
    expect(within(samples).getAllByText(message)[0]).toBeInTheDocument();
  });

  it('links to the clusters page with the same time range', async () => {
    setup({}, { severity: 'critical,high', novelOnly: true });
    await screen.findAllByTestId(testIds.clusters.row);

    expect(screen.getByTestId(testIds.clusters.openPage)).toHaveAttribute(
      'href',
      '/a/kkt-monitor-app/clusters?from=2026-01-01T00%3A00%3A00.000Z&to=2027-01-01T00%3A00%3A00.000Z&severity=critical%2Chigh&novel=true'
    );
  });

  it('shows one sentence when the service cannot be reached and the query has no rows', async () => {
    fetchMock.mockImplementation(() =>
      throwError(() => ({ status: 502, data: { message: 'connect ECONNREFUSED 127.0.0.1:9877' } }))
    );
    setup();

    const alert = await screen.findByTestId(testIds.errorAlert);
    expect(alert).toHaveTextContent(
      'The kkt-monitor service did not answer; check that it runs and that the datasource URL points at it.'
    );
    expect(alert).not.toHaveTextContent('ECONNREFUSED');
  });
});

describe('ClustersPanel without its own datasource', () => {
  it('lists the rows of the query frames', async () => {
    const frame = toDataFrame({
      fields: [
        { name: 'cluster', type: FieldType.string, values: ['c1'] },
        { name: 'template', type: FieldType.string, values: ['Нет связи с ОФД <*>'] },
        { name: 'severity', type: FieldType.string, values: ['warning'] },
        { name: 'count', type: FieldType.number, values: [7] },
      ],
    });
    const data = panelData({ refId: 'A', queryType: 'clusters', datasource: { type: 'other', uid: 'x' } }, [frame]);
    const props = {
      data,
      timeRange: data.timeRange,
      timeZone: 'utc',
      options: DEFAULT_OPTIONS,
      width: 400,
      height: 300,
      replaceVariables: (v: string) => v,
    };
    render(
      <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <ClustersPanel {...(props as unknown as PanelProps<ClustersPanelOptions>)} />
      </MemoryRouter>
    );

    expect(await screen.findByText('Нет связи с ОФД <*>')).toBeInTheDocument();
  });
});
