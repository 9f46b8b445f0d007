// Records real answers of the service API for the plugin's tests and screenshots.
// It runs the service on examples/kkt-monitor.yaml, on a free loopback port with a fresh store, waits
// until the collectors have delivered registers and errors, and saves each answer under
// test/plugin/fixtures/api/. An endpoint the service does not offer yet keeps its earlier recording.
// Where prometheus and promtool are installed, the advisor gets three weeks of a synthetic fleet's
// history in a local Prometheus, so its suggestions come with backtests; --no-history leaves it out.
//
//   npx tsx scripts/record-api-fixtures.ts [--wait SECONDS] [--no-history]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseDocument } from 'yaml';

import { backfill } from '../src/service/advisor/synthetic/backfill';
import { planFleet } from '../src/service/advisor/synthetic/planFleet';
import { createLogger } from '../src/service/logger';
import { runServer } from '../src/service/server';
import { freePort } from '../test/helpers/ports';
import { hasCommand, type RunningPrometheus, startPrometheus } from '../test/helpers/prometheus';

const CONFIG = 'examples/kkt-monitor.yaml';
const OUT = join(__dirname, '..', 'test', 'plugin', 'fixtures', 'api');

/** Fixture name and the API path it records. */
const ENDPOINTS: Array<[string, string]> = [
  ['devices', '/api/v1/devices?limit=50'],
  ['errors', '/api/v1/errors?limit=50'],
  ['clusters', '/api/v1/clusters?limit=50'],
  ['advisor-suggestions', '/api/v1/advisor/suggestions'],
  ['fleet-stats', '/api/v1/fleet/stats'],
  ['info', '/api/v1/info'],
];

function waitSeconds(): number {
  const index = process.argv.indexOf('--wait');
  return index > 0 ? Number(process.argv[index + 1]) : 90;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function total(base: string, path: string): Promise<number> {
  const response = await fetch(base + path);
  const body: unknown = await response.json();
  return typeof body === 'object' && body !== null && 'total' in body && typeof body.total === 'number'
    ? body.total
    : 0;
}

/** Waits until there are registers and error events, or the time is up; says which. */
async function waitForData(base: string, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const [devices, errors] = await Promise.all([total(base, '/api/v1/devices'), total(base, '/api/v1/errors')]);
    if (devices > 0 && errors > 0) {
      return true;
    }
    await sleep(1000);
  }
  return false;
}

/** The first cluster of the list, for recording one cluster's answer with its sample lines. */
async function firstClusterPath(base: string): Promise<string | null> {
  const response = await fetch(`${base}/api/v1/clusters?limit=1`);
  const body: unknown = response.ok ? await response.json() : null;
  const items = typeof body === 'object' && body !== null && 'items' in body ? body.items : null;
  const first: unknown = Array.isArray(items) ? items[0] : null;
  const id = typeof first === 'object' && first !== null && 'id' in first ? first.id : null;
  return typeof id === 'string' ? `/api/v1/clusters/${encodeURIComponent(id)}` : null;
}

async function record(base: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const cluster = await firstClusterPath(base);
  const endpoints: Array<[string, string]> = cluster ? [...ENDPOINTS, ['cluster', cluster]] : ENDPOINTS;
  for (const [name, path] of endpoints) {
    const response = await fetch(base + path);
    if (!response.ok) {
      process.stdout.write(`${name}: ${response.status}, kept as it was\n`);
      continue;
    }
    const body: unknown = await response.json();
    const pretty = JSON.stringify(body, null, 2);
    // Long answers (the advisor's backtest series) are kept on one line; the rest stay readable.
    writeFileSync(join(OUT, `${name}.json`), (pretty.length > 65_536 ? JSON.stringify(body) : pretty) + '\n');
    process.stdout.write(`${name}: recorded from ${path}\n`);
  }
}

/** A local Prometheus holding three weeks of a synthetic fleet, for the advisor to learn from. */
async function historyPrometheus(dir: string): Promise<RunningPrometheus> {
  const plan = planFleet({ devices: 12, days: 21, end: Date.now(), seed: 54 });
  const tsdbPath = join(dir, 'tsdb');
  mkdirSync(tsdbPath);
  process.stdout.write('writing three weeks of fleet history for the advisor\n');
  await backfill(plan, tsdbPath, dir);
  return startPrometheus({ dir, tsdbPath, retention: '60d' });
}

/** The example configuration, pointing the advisor at a Prometheus when there is one. */
function configFile(dir: string, prometheus: RunningPrometheus | null): string {
  if (!prometheus) {
    return CONFIG;
  }
  const document = parseDocument(readFileSync(CONFIG, 'utf8'));
  document.setIn(['advisor', 'prometheus', 'url'], prometheus.url);
  const file = join(dir, 'kkt-monitor.yaml');
  writeFileSync(file, document.toString());
  return file;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-fixtures-'));
  const port = await freePort();
  process.env.KKT_LISTEN = `127.0.0.1:${port}`;
  process.env.KKT_STORE = join(dir, 'kkt-monitor.db');

  const withHistory = !process.argv.includes('--no-history') && hasCommand('prometheus') && hasCommand('promtool');
  const prometheus = withHistory ? await historyPrometheus(dir) : null;
  const server = await runServer(configFile(dir, prometheus), createLogger({ level: 'fatal' }));
  try {
    const base = `http://127.0.0.1:${port}`;
    if (!(await waitForData(base, waitSeconds()))) {
      process.stdout.write('no registers with errors yet; recording what there is\n');
    }
    await record(base);
  } finally {
    await server.close();
    await prometheus?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
