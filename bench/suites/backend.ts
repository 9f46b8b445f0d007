import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { silentLogger } from '../../src/service/logger';
import { runServer } from '../../src/service/server';
import { packagedExecutable } from '../../test/backend/helpers/executable';
import { PluginClient } from '../../test/backend/helpers/grpcClient';
import { startUntilFirstLine } from '../../test/backend/helpers/process';
import { largeFleet } from '../../test/exporter/fleet';
import { freePort } from '../../test/helpers/ports';
import { median, printTable, time } from '../harness';

/**
 * QueryData latency of the packaged backend (median and 99th percentile) over a 10,000-register fleet,
 * beside the service API's own latency for the same data in the same run: the same calls, made
 * directly, bodies read but not parsed. The difference is the backend's share: parsing and narrowing the
 * bodies, building and encoding the frames, and the gRPC hop. The service runs in this process.
 */
const DEVICES = 10_000;
const RUNS = 100;
const WARMUP = 5;
const KEY = 'bench-key-0123456789abcdef';

interface Case {
  name: string;
  query: object;
  /** The service calls the backend makes for the query. */
  paths: string[][];
}

const devicePages = (n: number) => Array.from({ length: n }, (_, i) => `devices?limit=1000&offset=${i * 1000}`);

const CASES: Case[] = [
  {
    name: 'ofdBacklog, all 10,000 registers',
    query: { queryType: 'ofdBacklog' },
    paths: [devicePages(1), devicePages(10).slice(1)],
  },
  { name: 'devices, 1,000 rows', query: { queryType: 'devices', limit: 1000 }, paths: [devicePages(1)] },
  { name: 'fleetStats', query: { queryType: 'fleetStats' }, paths: [['fleet/stats']] },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function sample(fn: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < WARMUP; i++) {
    await fn();
  }
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ms.push((await time(fn)) * 1000);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) };
}

/** The calls the backend makes: the first alone, the rest four at a time, each body read in full. */
async function direct(url: string, steps: string[][]): Promise<void> {
  for (const step of steps) {
    for (let i = 0; i < step.length; i += 4) {
      await Promise.all(
        step.slice(i, i + 4).map(async (path) => {
          const response = await fetch(`${url}/api/v1/${path}`, { headers: { authorization: `Bearer ${KEY}` } });
          return response.arrayBuffer();
        })
      );
    }
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-bench-backend-'));
  const port = await freePort();
  const config = join(dir, 'kkt.yaml');
  writeFileSync(
    config,
    `server:\n  listen: 127.0.0.1:${port}\n  apiKeys: ['${KEY}']\nstorage:\n  path: ${join(dir, 'kkt.db')}\n`
  );
  const service = await runServer(config, silentLogger());
  service.service.ctx.fleet.restore(largeFleet(DEVICES).snapshot().devices);
  const url = `http://127.0.0.1:${port}`;

  const executable = packagedExecutable();
  const env = { ...process.env, grafana_plugin_type: 'datasource' };
  const starts = await median(5, async () => {
    const started = await time(async () => (await startUntilFirstLine(executable, [], env)).child.kill());
    return started;
  });
  const backend = await startUntilFirstLine(executable, [], env);
  const client = new PluginClient(backend.firstLine.split('|')[3]);

  const pluginContext = {
    orgId: 1,
    dataSourceInstanceSettings: {
      jsonData: Buffer.from(JSON.stringify({ url })),
      decryptedSecureJsonData: { apiKey: KEY },
    },
  };
  const rows = [];
  for (const c of CASES) {
    const request = {
      pluginContext,
      queries: [
        {
          refId: 'A',
          timeRange: { fromEpochMS: Date.now() - 86_400_000, toEpochMS: Date.now() },
          json: Buffer.from(JSON.stringify(c.query)),
        },
      ],
    };
    const viaBackend = await sample(() => client.unary('data', 'QueryData', request));
    const viaService = await sample(() => direct(url, c.paths));
    rows.push({
      query: c.name,
      'QueryData p50 ms': viaBackend.p50,
      'QueryData p99 ms': viaBackend.p99,
      'service API p50 ms': viaService.p50,
      'service API p99 ms': viaService.p99,
      'p50 ratio': viaBackend.p50 / viaService.p50,
    });
  }

  printTable(`QueryData of the packaged backend vs the service API it calls (${RUNS} runs each)`, rows);
  printTable('Start-up of the packaged backend (median of 5)', [{ 'process start to handshake ms': starts * 1000 }]);

  client.close();
  backend.child.kill();
  await backend.exit;
  await service.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
