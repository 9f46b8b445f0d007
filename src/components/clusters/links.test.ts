import { clustersPageUrl, deviceDashboardUrl, parseClustersPageUrl } from './links';

describe('clusters page links', () => {
  it('carries time range, register, severities and novelty', () => {
    const url = clustersPageUrl({
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-02T00:00:00.000Z',
      device: 'store-01-kkt-02',
      severity: ['critical', 'high'],
      novel: true,
    });

    expect(url).toBe(
      '/a/kkt-monitor-app/clusters?from=2026-12-01T00%3A00%3A00.000Z&to=2026-12-02T00%3A00%3A00.000Z' +
        '&device=store-01-kkt-02&severity=critical%2Chigh&novel=true'
    );
    expect(parseClustersPageUrl(url.split('?')[1])).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-02T00:00:00.000Z',
      device: 'store-01-kkt-02',
      severity: ['critical', 'high'],
      novel: true,
    });
  });

  it('leaves out what is not filtered and drops unknown severities', () => {
    expect(clustersPageUrl({ severity: [] })).toBe('/a/kkt-monitor-app/clusters');
    expect(parseClustersPageUrl('severity=urgent,info').severity).toEqual(['info']);
  });

  it('opens the register details dashboard for a register', () => {
    expect(deviceDashboardUrl('store 1/kkt 2')).toBe('/d/kkt-device?var-device=store%201%2Fkkt%202');
  });
});
