import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { buildCollectors } from '../../src/service/collectors';
import { configSchema } from '../../src/service/config/schema';
import { createLogger } from '../../src/service/logger';
import { Service } from '../../src/service/service';
import { metricValue } from './harness';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'logs', 'store-03', 'kkt-07', 'pos-app.log');
const PATTERN = String.raw`^(?<time>\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d) (?<level>[A-Z]+) +\[(?<component>[^\]]+)\] (?<message>.*)$`;

/** A service whose only collector reads the example POS log with the given timeFormat; it keeps its log lines. */
function posAppService(t: { after(fn: () => Promise<void>): void }, timeFormat: string) {
  const root = mkdtempSync(join(tmpdir(), 'kkt-bad-time-'));
  const dir = join(root, 'logs', 'store-03', 'kkt-07');
  mkdirSync(dir, { recursive: true });
  copyFileSync(EXAMPLE, join(dir, 'pos-app.log'));

  const files = {
    name: 'pos-app',
    format: 'regex',
    paths: [`${root}/logs/store-*/kkt-*/pos-app.log*`],
    pattern: PATTERN,
    timeFormat,
    devicePattern: '(?<store>store-\\d+)/(?<till>kkt-\\d+)/',
    device: '{store}-{till}',
  };
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level: 'warn',
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const config = configSchema.parse({ storage: { path: join(root, 'store.db') }, collectors: { files: [files] } });
  const service = new Service(config, logger);
  const collectors = buildCollectors(service.ctx);
  t.after(async () => {
    await Promise.all(collectors.map((c) => c.close?.()));
    service.ctx.store.close();
    rmSync(root, { recursive: true, force: true });
  });
  return { service, collector: collectors[0], lines };
}

test('times that do not read in timeFormat skip their lines, once warned, rather than dating them now', async (t) => {
  const { service, collector, lines } = posAppService(t, 'YYYY-MM-DD HH:mm:ss');

  await collector.run(new AbortController().signal);
  await collector.run(new AbortController().signal);

  const metrics = service.ctx.metrics;
  assert.equal(await metricValue(metrics.logLinesRead, { collector: 'pos-app' }), 48);
  assert.equal(await metricValue(metrics.logLinesSkipped, { collector: 'pos-app', reason: 'bad_time' }), 48);
  assert.equal(await metricValue(metrics.logLinesParsed, { collector: 'pos-app' }), 0);
  assert.deepEqual(service.ctx.store.events.query({}, 1000, 0).items, [], 'no error is dated when it was read');
  assert.equal(service.ctx.fleet.get('store-03-kkt-07')?.lastSeenAt ?? null, null, 'the register is not seen');

  const warnings = lines.filter((line) => line.timeFormat !== undefined);
  assert.equal(warnings.length, 1, JSON.stringify(lines));
  assert.match(String(warnings[0].file), /store-03\/kkt-07\/pos-app\.log$/);
  assert.equal(warnings[0].timeFormat, 'YYYY-MM-DD HH:mm:ss');
  assert.equal(warnings[0].example, '09.03.2025 08:55:00');
});

test('with the right timeFormat the same file is dated from its lines and nothing is warned', async (t) => {
  const { service, collector, lines } = posAppService(t, 'DD.MM.YYYY HH:mm:ss');

  await collector.run(new AbortController().signal);

  const events = service.ctx.store.events.query({}, 1000, 0).items;
  assert.equal(events.length, 2);
  assert.ok(events.every((event) => event.timeSource === 'log' && new Date(event.time).getUTCFullYear() === 2025));
  assert.equal(await metricValue(service.ctx.metrics.logLinesSkipped, { collector: 'pos-app', reason: 'bad_time' }), 0);
  assert.deepEqual(lines, []);
});
