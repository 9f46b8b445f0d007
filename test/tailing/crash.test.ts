import assert from 'node:assert/strict';
import { renameSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { appendLines, logFile, numbered, sorted } from './files';
import { Tailing, metricValue } from './harness';

/** Makes the checkpoint write fail once, inside the transaction that also stores the events. */
function failCheckpointOnce(tailing: Tailing, afterCalls = 0): void {
  const checkpoints = tailing.ctx.store.checkpoints;
  const saveFile = checkpoints.saveFile.bind(checkpoints);
  let calls = 0;
  checkpoints.saveFile = (checkpoint) => {
    calls += 1;
    if (calls === afterCalls + 1) {
      throw new Error('disk I/O error');
    }
    saveFile(checkpoint);
  };
}

test('a crash between reading and storing: nothing is stored, the retry stores each line once', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  writeFileSync(path, '');
  await tailing.round();
  appendLines(path, numbered('line', 1, 5));

  failCheckpointOnce(tailing);
  await assert.rejects(tailing.round(), /disk I\/O error/);
  assert.deepEqual(tailing.messages(), []);

  await tailing.round();
  assert.deepEqual(tailing.messages(), numbered('line', 1, 5));
});

test('a failed store in the middle of a long file: the retry continues with no gap and no repeat', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  writeFileSync(path, '');
  await tailing.round();
  const lines = numbered('a line of some length, to spread the file over several batches', 1, 9999);
  appendLines(path, [...lines, ...lines.map((l) => `2 ${l}`), ...lines.map((l) => `3 ${l}`)]);

  failCheckpointOnce(tailing, 1);
  await assert.rejects(tailing.round(), /disk I\/O error/);
  const stored = tailing.messages().length;
  await tailing.round();

  assert.ok(stored > 0 && stored < lines.length * 3, `the first batch was stored (${stored} lines)`);
  assert.deepEqual(
    tailing.messages(),
    sorted([...lines, ...lines.map((l) => `2 ${l}`), ...lines.map((l) => `3 ${l}`)])
  );
});

test('a failed store while a truncation is handled: the next round handles it, no whole line lost or repeated', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('first life', 1, 10));
  writeFileSync(path, 'unfinished', { flag: 'a' });
  await tailing.round();

  writeFileSync(path, '');
  appendLines(path, numbered('second', 1, 2));
  failCheckpointOnce(tailing);
  await assert.rejects(tailing.round(), /disk I\/O error/);
  await tailing.round();
  await tailing.round();

  // The unfinished line was only in memory when the store failed, its bytes already truncated away:
  // the one line a store failure at that moment costs (docs/file-collector.md, Limits).
  const stored = tailing.messages().filter((m) => m !== 'unfinished');
  assert.deepEqual(stored, sorted([...numbered('first life', 1, 10), ...numbered('second', 1, 2)]));
});

test('a failed store while a rotated file is closed: it is read again through its descriptor and closed later', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('old', 1, 3));
  writeFileSync(path, 'old unfinished', { flag: 'a' });
  await tailing.round();

  renameSync(path, `${path}.1`);
  appendLines(path, ['new']);
  // The first store of the round starts the new file; the second closes the rotated one.
  failCheckpointOnce(tailing, 1);
  await assert.rejects(tailing.round(), /disk I\/O error/);
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...numbered('old', 1, 3), 'old unfinished', 'new']));
  assert.equal(await metricValue(tailing.ctx.metrics.logFilesWatched, {}), 1);
});
