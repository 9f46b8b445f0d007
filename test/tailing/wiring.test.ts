import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { buildCollectors } from '../../src/service/collectors';
import { configSchema } from '../../src/service/config/schema';
import { silentLogger } from '../../src/service/logger';
import { Service } from '../../src/service/service';
import { sharedFile } from './files';
import { metricValue } from './harness';

test('the configured file collectors read a real fr_drv_ng log with the real parser and detection', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'kkt-wiring-'));
  const log = join(root, 'logs', 'store-01', 'kkt-02', 'fr_drv.log');
  mkdirSync(join(root, 'logs', 'store-01', 'kkt-02'), { recursive: true });
  copyFileSync(sharedFile('samples', 'logs', 'shtrih_fr_drv_ng.log'), log);
  const files = {
    name: 'frdrvng',
    format: 'frdrvng',
    paths: [`${root}/logs/store-*/kkt-*/fr_drv.log*`],
    devicePattern: '(?<store>store-\\d+)/(?<till>kkt-\\d+)/',
    device: '{store}-{till}',
    multilineTimeout: '50ms',
  };
  const service = new Service(
    configSchema.parse({ storage: { path: join(root, 'store.db') }, collectors: { files: [files] } }),
    silentLogger()
  );
  const collectors = buildCollectors(service.ctx);
  t.after(async () => {
    await Promise.all(collectors.map((c) => c.close?.()));
    service.ctx.store.close();
    rmSync(root, { recursive: true, force: true });
  });

  assert.deepEqual(
    collectors.map((c) => c.name),
    ['frdrvng']
  );
  await collectors[0].run(new AbortController().signal);
  // The last record is counted once it completes, after multilineTimeout of quiet.
  await new Promise((resolve) => setTimeout(resolve, 60));
  await collectors[0].run(new AbortController().signal);

  const text = readFileSync(log);
  const lineCount = text.toString('utf8').split('\n').filter(Boolean).length;
  const metrics = service.ctx.metrics;
  assert.equal(await metricValue(metrics.logLinesRead, { collector: 'frdrvng' }), lineCount);
  const events = service.ctx.store.events.query({}, 1000, 0).items;
  assert.ok(events.length > 0, 'the sample holds errors (return code 115)');
  // Lines 7 and 8 are one failure, its code and its wording; line 1 is the wording of an earlier one.
  const firstSecond = events.filter((e) => e.time < Date.parse('2021-06-17T13:41:21Z'));
  assert.deepEqual(
    firstSecond.map((e) => e.condition),
    ['shtrih:115', 'shtrih:115']
  );
  for (const event of events) {
    assert.equal(event.deviceId, 'store-01-kkt-02');
    assert.equal(event.source.kind, 'file');
    const offset = event.source.kind === 'file' ? event.source.offset : -1;
    const line = text.subarray(offset, text.indexOf(0x0a, offset)).toString('utf8');
    assert.ok(offset === 0 || text[offset - 1] === 0x0a, 'an event points at the start of its line');
    assert.ok(line.includes(event.message.split('\n')[0]), `${line} holds ${event.message}`);
  }
});
