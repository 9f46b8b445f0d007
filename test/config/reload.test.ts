import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parseConfig } from '../../src/service/config/load';
import { type Config } from '../../src/service/config/schema';
import { ConfigWatcher, type ReloadOutcome } from '../../src/service/config/watch';
import { silentLogger } from '../../src/service/logger';
import { testService } from '../helpers/service';
import { tempDir } from '../helpers/tmp';

const VALID = 'server:\n  listen: 127.0.0.1:9100\n';

function watcherFor(file: string) {
  const applied: Config[] = [];
  const outcomes: ReloadOutcome[] = [];
  const watcher = new ConfigWatcher(
    file,
    silentLogger(),
    async (config) => void applied.push(config),
    (outcome) => outcomes.push(outcome)
  );
  return { watcher, applied, outcomes };
}

test('a valid new file is applied on SIGHUP', async (t) => {
  const file = join(tempDir(t), 'kkt.yaml');
  writeFileSync(file, VALID);
  const { watcher, applied } = watcherFor(file);

  writeFileSync(file, 'server:\n  listen: 127.0.0.1:9200\n');
  const outcome = await watcher.reload('signal');

  assert.equal(outcome.ok, true);
  assert.equal(applied.length, 1);
  assert.equal(applied[0].server.listen, '127.0.0.1:9200');
});

test('an invalid new file keeps the running configuration and says why', async (t) => {
  const file = join(tempDir(t), 'kkt.yaml');
  writeFileSync(file, VALID);
  const { watcher, applied, outcomes } = watcherFor(file);

  writeFileSync(file, 'server:\n  listen: 127.0.0.1:9200\nlogging:\n  level: loud\n');
  const outcome = await watcher.reload('signal');

  assert.equal(outcome.ok, false);
  assert.equal(applied.length, 0, 'nothing applied');
  assert.match(outcome.problems.join('\n'), /logging\.level: unknown level "loud"/);
  assert.deepEqual(outcomes, [outcome]);
});

test('a file that disappears keeps the running configuration', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'kkt.yaml');
  writeFileSync(file, VALID);
  const { watcher, applied } = watcherFor(file);

  const outcome = await new ConfigWatcher(join(dir, 'gone.yaml'), silentLogger(), async () => {}).reload('signal');
  await watcher.reload('change');

  assert.equal(outcome.ok, false);
  assert.match(outcome.problems[0], /cannot be read/);
  assert.equal(applied.length, 0, 'an unchanged file is not applied again');
});

test('a change to the file is picked up by the watch', async (t) => {
  const file = join(tempDir(t), 'kkt.yaml');
  writeFileSync(file, VALID);
  const { watcher, applied } = watcherFor(file);
  watcher.start();
  t.after(() => watcher.stop());

  writeFileSync(file, 'server:\n  listen: 127.0.0.1:9300\n');
  const deadline = Date.now() + 10_000;
  while (applied.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  assert.equal(applied.at(-1)?.server.listen, '127.0.0.1:9300');
});

test('a collector a reload drops stops reporting its success', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.log'), 'x\n');
  const files = (names: string[]) =>
    names
      .map((n) => `    - { name: ${n}, format: jsonl, paths: ['${dir}/a.log'], device: kkt-1, pollInterval: 50ms }`)
      .join('\n');
  const service = testService(t, `collectors:\n  files:\n${files(['kept', 'dropped'])}\n`);
  const success = async () => (await service.ctx.metrics.collectorSuccess.get()).values.map((v) => v.labels.collector);
  const deadline = Date.now() + 10_000;
  while ((await success()).length < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.deepEqual((await success()).sort(), ['dropped', 'kept']);

  await service.reload(
    parseConfig(
      `storage:\n  path: ${join(dir, 'other.db')}\ncollectors:\n  files:\n${files(['kept'])}\n`,
      'new.yaml',
      {}
    )
  );

  assert.deepEqual(await success(), ['kept']);
  const watched = (await service.ctx.metrics.logFilesWatched.get()).values.map((v) => v.labels.collector);
  assert.ok(!watched.includes('dropped'));
});

test('a file emptied while the service runs is refused, so the collectors keep running', async (t) => {
  const file = join(tempDir(t), 'kkt.yaml');
  writeFileSync(file, VALID);
  const { watcher, applied } = watcherFor(file);

  writeFileSync(file, '');
  const outcome = await watcher.reload('change');

  assert.equal(outcome.ok, false);
  assert.match(outcome.problems[0], /the file is empty/);
  assert.equal(applied.length, 0);
});
