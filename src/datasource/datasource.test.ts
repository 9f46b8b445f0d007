import { type Observable, of, throwError } from 'rxjs';
import { type DataSourceInstanceSettings, PluginType } from '@grafana/data';
import { type BackendSrv, type BackendSrvRequest, type FetchResponse, setBackendSrv } from '@grafana/runtime';

import { type KktQuery } from '../api/query';
import { fakeTemplateSrv } from '../testing/templateSrv';
import { KktDataSource } from './datasource';
import { type KktOptions } from './types';

const fetchMock = jest.fn();

setBackendSrv({ fetch: fetchMock } as unknown as BackendSrv);

const settings = {
  id: 1,
  uid: 'kkt-ds',
  type: 'kkt-monitor-datasource',
  name: 'KKT Monitor',
  access: 'proxy',
  readOnly: false,
  jsonData: { url: 'http://kkt-monitor:9877' },
  meta: { id: 'kkt-monitor-datasource', name: 'KKT Monitor', type: PluginType.datasource, info: {} },
} as unknown as DataSourceInstanceSettings<KktOptions>;

function answer(data: unknown): Observable<FetchResponse<unknown>> {
  return of({ data, status: 200, ok: true } as FetchResponse<unknown>);
}

const devicesPage = {
  items: [
    { id: 'kkt-001', name: 'Касса 1', store: 'Тверская', operator: 'ofd.ru' },
    { id: 'kkt-002', name: null, store: 'Арбат', operator: 'taxcom' },
    { id: 'kkt-003', name: 'Касса 3', store: 'Тверская', operator: 'ofd.ru' },
  ],
  total: 3,
  limit: 1000,
  offset: 0,
};

const variables = fakeTemplateSrv({ device: ['kkt-001', 'kkt-002'], store: 'Тверская', operator: '.*' });

describe('KktDataSource', () => {
  beforeEach(() => fetchMock.mockReset());

  it('interpolates device, store and operator into comma-separated lists, and All into no filter', () => {
    const ds = new KktDataSource(settings, variables);
    const query: KktQuery = {
      refId: 'A',
      queryType: 'ofdBacklog',
      device: '$device',
      store: '${store}',
      operator: '$operator',
    };

    const result = ds.applyTemplateVariables(query, {});

    expect(result).toMatchObject({ device: 'kkt-001,kkt-002', store: 'Тверская', operator: undefined });
  });

  it('prefers a scoped value, as a repeated panel passes it', () => {
    const ds = new KktDataSource(settings, variables);
    const scoped = { device: { text: 'kkt-003', value: 'kkt-003' } };

    expect(ds.applyTemplateVariables({ refId: 'A', queryType: 'errors', device: '$device' }, scoped).device).toBe(
      'kkt-003'
    );
  });

  it('skips hidden queries and unknown query types', () => {
    const ds = new KktDataSource(settings, variables);

    expect(ds.filterQuery({ refId: 'A', queryType: 'devices' })).toBe(true);
    expect(ds.filterQuery({ refId: 'A', queryType: 'devices', hide: true })).toBe(false);
    expect(ds.filterQuery({ refId: 'A', queryType: 'receipts' as KktQuery['queryType'] })).toBe(false);
  });

  it('lists stores for a variable through the devices resource of its own instance', async () => {
    fetchMock.mockReturnValue(answer(devicesPage));
    const ds = new KktDataSource(settings, variables);

    const values = await ds.metricFindQuery({ refId: 'v', kind: 'store', operator: '$operator' });

    const request: BackendSrvRequest = fetchMock.mock.calls[0][0];
    expect(request.url).toBe('/api/datasources/uid/kkt-ds/resources/devices');
    expect(request.params).toEqual({ limit: 1000, offset: 0 });
    expect(values).toEqual([
      { text: 'Арбат', value: 'Арбат' },
      { text: 'Тверская', value: 'Тверская' },
    ]);
  });

  it('names registers in variables and keeps their ids as values', async () => {
    fetchMock.mockReturnValue(answer(devicesPage));
    const ds = new KktDataSource(settings, variables);

    const values = await ds.metricFindQuery({ refId: 'v', kind: 'device', store: '$store' });

    expect(fetchMock.mock.calls[0][0].params).toEqual({ store: 'Тверская', limit: 1000, offset: 0 });
    expect(values[0]).toEqual({ text: 'Касса 1 (kkt-001)', value: 'kkt-001' });
    expect(values[1]).toEqual({ text: 'kkt-002', value: 'kkt-002' });
  });

  it('shows the health sentence of the backend after Save & test', async () => {
    const message = 'Connected to kkt-monitor 0.1.0; 3 registers.';
    fetchMock.mockReturnValue(answer({ status: 'OK', message }));
    const ds = new KktDataSource(settings, variables);

    await expect(ds.testDatasource()).resolves.toEqual({ status: 'success', message });
    expect(fetchMock.mock.calls[0][0].url).toBe('/api/datasources/uid/kkt-ds/health');
  });

  it('passes on the sentence of a failed health check', async () => {
    const message = 'The service refused the API key; set the key from server.apiKeys.';
    fetchMock.mockReturnValue(throwError(() => ({ status: 400, data: { status: 'ERROR', message } })));
    const ds = new KktDataSource(settings, variables);

    await expect(ds.testDatasource()).rejects.toMatchObject({ status: 'error', message });
  });
});
