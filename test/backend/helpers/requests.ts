import { createLogger } from '../../../src/backend/logger';
import { createMetrics } from '../../../src/backend/metrics';
import { type Deps } from '../../../src/backend/plugin/deps';

/** Handler dependencies whose log lines the test can read. */
export function testDeps(): Deps & { lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger('debug', (line) => lines.push(line)), metrics: createMetrics('test'), lines };
}

/** A PluginContext as the protocol decodes it, for a datasource instance at url with apiKey. */
export function pluginContext(url: string, apiKey?: string) {
  return {
    orgId: 1,
    pluginId: 'kkt-monitor-datasource',
    dataSourceInstanceSettings: {
      uid: 'kkt',
      name: 'KKT Monitor',
      url: '',
      jsonData: Buffer.from(JSON.stringify({ url })),
      decryptedSecureJsonData: apiKey ? { apiKey } : {},
    },
  };
}

/** One DataQuery as the protocol decodes it. */
export function dataQuery(refId: string, json: unknown, range = { from: 0, to: 3_600_000 }, queryType = '') {
  return {
    refId,
    maxDataPoints: 100,
    intervalMS: 60_000,
    timeRange: { fromEpochMS: range.from, toEpochMS: range.to },
    json: Buffer.from(JSON.stringify(json)),
    queryType,
  };
}

export const never = new AbortController().signal;
