import assert from 'node:assert/strict';
import { renameSync, truncateSync } from 'node:fs';
import { test } from 'node:test';

import { CollectorRunner } from '../../src/service/collectors/collector';
import { appendLines, logFile, numbered, sorted } from './files';
import { Tailing } from './harness';

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('on its own schedule the collector follows a log through writes, rename and copytruncate', async (t) => {
  const tailing = new Tailing(t, { paths: ['{logs}/**/*.log'] });
  const runner = new CollectorRunner(tailing.ctx.logger, tailing.ctx.metrics);
  runner.start([tailing.collector]);
  t.after(() => runner.stop([tailing.collector]));
  const path = logFile(tailing.logs);
  const written: string[] = [];
  const write = (lines: string[]) => {
    appendLines(path, lines);
    written.push(...lines);
  };

  write(numbered('burst one', 1, 50));
  await waitFor(() => tailing.messages().length === written.length, 'the first burst');
  write(numbered('burst two', 1, 50));
  renameSync(path, `${path}.1`);
  write(numbered('after rename', 1, 50));
  await waitFor(() => tailing.messages().length === written.length, 'the lines around the rename');
  truncateSync(path, 0);
  write(numbered('after truncate', 1, 20));
  await waitFor(() => tailing.messages().length >= written.length, 'the lines after the truncation');

  await runner.stop([tailing.collector]);
  assert.deepEqual(tailing.messages(), sorted(written));
});
