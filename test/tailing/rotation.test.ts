import assert from 'node:assert/strict';
import { copyFileSync, renameSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { appendLines, logFile, numbered, sorted } from './files';
import { Tailing, metricValue } from './harness';

const rotations = (tailing: Tailing, kind: string) => metricValue(tailing.ctx.metrics.logRotations, { kind });
const filesWatched = (tailing: Tailing) => metricValue(tailing.ctx.metrics.logFilesWatched, {});

test('rotation by rename: the old file is read to its end, the new file from its start', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('old', 1, 3));
  await tailing.round();

  appendLines(path, numbered('old', 4, 2));
  renameSync(path, `${path}.1`);
  appendLines(`${path}.1`, ['old late write']);
  appendLines(path, numbered('new', 1, 2));
  await tailing.round();

  const expected = [...numbered('old', 1, 5), 'old late write', ...numbered('new', 1, 2)];
  assert.deepEqual(tailing.messages(), sorted(expected));
  assert.equal(await rotations(tailing, 'rename'), 1);
});

test('rotation by rename keeps reading the old file for rotateWait, then closes it', async (t) => {
  const tailing = new Tailing(t, { files: { rotateWait: '200ms' } });
  const path = logFile(tailing.logs);
  appendLines(path, ['before rotation']);
  await tailing.round();

  renameSync(path, `${path}.1`);
  appendLines(path, ['in the new file']);
  await tailing.round();
  appendLines(`${path}.1`, ['flushed after the rename']);
  await tailing.until(() => tailing.messages().length === 3, 'the late line of the rotated file');

  const closed = async () => (await filesWatched(tailing)) === 1;
  for (let round = 0; !(await closed()); round++) {
    assert.ok(round < 1000, 'the rotated file is closed after rotateWait');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await tailing.round();
  }
  assert.deepEqual(tailing.messages(), ['before rotation', 'flushed after the rename', 'in the new file']);
});

test('rotation to a name the globs also match: the file is followed there, not read twice', async (t) => {
  const tailing = new Tailing(t, { paths: ['{logs}/**/*.log*'] });
  const path = logFile(tailing.logs);
  appendLines(path, numbered('old', 1, 3));
  await tailing.round();

  renameSync(path, `${path}.1`);
  appendLines(`${path}.1`, ['old after rename']);
  appendLines(path, ['new one']);
  await tailing.round();
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...numbered('old', 1, 3), 'old after rename', 'new one']));
});

test('copytruncate: the copy continues where reading stopped, the truncated file starts again at 0', async (t) => {
  const tailing = new Tailing(t, { paths: ['{logs}/**/*.log*'] });
  const path = logFile(tailing.logs);
  appendLines(path, numbered('before copy', 1, 20));
  await tailing.round();

  appendLines(path, numbered('unread at copy', 1, 2));
  copyFileSync(path, `${path}.1`);
  truncateSync(path, 0);
  appendLines(path, numbered('after truncate', 1, 2));
  await tailing.round();
  await tailing.round();

  const expected = [...numbered('before copy', 1, 20), ...numbered('unread at copy', 1, 2)];
  assert.deepEqual(tailing.messages(), sorted([...expected, ...numbered('after truncate', 1, 2)]));
  assert.equal(await rotations(tailing, 'copytruncate'), 1);
});

test('truncation while running: the file is read again from 0 as new content', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('first life', 1, 10));
  await tailing.round();

  truncateSync(path, 0);
  appendLines(path, numbered('second life', 1, 3));
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...numbered('first life', 1, 10), ...numbered('second life', 1, 3)]));
  assert.equal(await rotations(tailing, 'copytruncate'), 1);
});

test('truncation and regrowth past the read offset between rounds is noticed', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('first life', 1, 30));
  await tailing.round();

  writeFileSync(path, '');
  appendLines(path, numbered('second life, longer lines than before', 1, 40));
  await tailing.round();

  const second = numbered('second life, longer lines than before', 1, 40);
  assert.deepEqual(tailing.messages(), sorted([...numbered('first life', 1, 30), ...second]));
});

test('truncated and rewritten with the same first lines past the read offset: the file is read from 0', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  const long = `a line long enough that three of them fill the fingerprint ${'.'.repeat(40)}`;
  const first = numbered(`first life, ${long}`, 1, 30);
  const second = [...first.slice(0, 3), ...numbered(`second life, ${long}`, 1, 40)];
  appendLines(path, first);
  await tailing.round();

  writeFileSync(path, '');
  appendLines(path, second);
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...first, ...second]));
  assert.equal(await rotations(tailing, 'copytruncate'), 1);
});

test('a file deleted while the collector runs is read to its end through the open descriptor', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('kept', 1, 2));
  await tailing.round();

  appendLines(path, ['written just before the delete']);
  writeFileSync(path, 'last words without newline', { flag: 'a' });
  unlinkSync(path);
  await tailing.round();

  const expected = [...numbered('kept', 1, 2), 'written just before the delete', 'last words without newline'];
  assert.deepEqual(tailing.messages(), sorted(expected));
  assert.equal(await rotations(tailing, 'delete'), 1);
  assert.equal(await filesWatched(tailing), 0);
  assert.deepEqual(tailing.ctx.store.checkpoints.files('test'), []);
});
