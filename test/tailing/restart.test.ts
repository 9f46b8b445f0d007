import assert from 'node:assert/strict';
import { renameSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { appendLines, logFile, numbered, sorted } from './files';
import { Tailing, metricValue } from './harness';

const rotations = (tailing: Tailing, kind: string) => metricValue(tailing.ctx.metrics.logRotations, { kind });

test('a restart in the middle of a file loses no line and repeats none', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  const lines = numbered('a line long enough to fill a few megabytes of log in a short while', 1, 9999);
  appendLines(path, [...lines, ...lines.map((l) => `again ${l}`), ...lines.map((l) => `third ${l}`)]);

  const stopping = new AbortController();
  const ingest = tailing.ctx.ingest;
  const fileBatch = ingest.fileBatch.bind(ingest);
  ingest.fileBatch = (events, checkpoint, lastSeen) => {
    if (events.length > 0) {
      stopping.abort();
    }
    return fileBatch(events, checkpoint, lastSeen);
  };
  await tailing.round(stopping.signal);
  const before = tailing.messages().length;
  await tailing.stop();

  tailing.start();
  await tailing.round();

  assert.ok(before > 0 && before < lines.length * 3, `the first run stopped mid-file (${before} lines stored)`);
  const all = [...lines, ...lines.map((l) => `again ${l}`), ...lines.map((l) => `third ${l}`)];
  assert.deepEqual(tailing.messages(), sorted(all));
});

test('a partial last line read before a restart is read whole after it', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  writeFileSync(path, 'complete\nthe beginning of');
  await tailing.round();
  await tailing.stop();

  writeFileSync(path, ' a line\n', { flag: 'a' });
  tailing.start();
  await tailing.round();

  assert.deepEqual(tailing.messages(), ['complete', 'the beginning of a line']);
});

test('truncated while stopped: the file is read from 0', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('before stop', 1, 10));
  await tailing.round();
  await tailing.stop();

  truncateSync(path, 0);
  appendLines(path, ['short']);
  tailing.start();
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...numbered('before stop', 1, 10), 'short']));
  assert.equal(await rotations(tailing, 'truncate'), 1);
});

test('truncated while stopped and grown past the checkpoint: the fingerprint tells, the file is read from 0', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('before stop', 1, 20));
  await tailing.round();
  await tailing.stop();

  truncateSync(path, 0);
  appendLines(path, numbered('rewritten while stopped', 1, 30));
  tailing.start();
  await tailing.round();

  const expected = [...numbered('before stop', 1, 20), ...numbered('rewritten while stopped', 1, 30)];
  assert.deepEqual(tailing.messages(), sorted(expected));
  assert.equal(await rotations(tailing, 'truncate'), 1);
});

test('replaced while stopped: another file at the path is read from 0', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, numbered('original', 1, 20));
  await tailing.round();
  await tailing.stop();

  unlinkSync(path);
  appendLines(path, numbered('replacement', 1, 25));
  tailing.start();
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...numbered('original', 1, 20), ...numbered('replacement', 1, 25)]));
  assert.equal(await rotations(tailing, 'rename'), 1);
});

test('rotated while stopped to a watched name: the old file resumes at its checkpoint', async (t) => {
  const tailing = new Tailing(t, { paths: ['{logs}/**/*.log*'] });
  const path = logFile(tailing.logs);
  appendLines(path, numbered('old', 1, 20));
  await tailing.round();
  await tailing.stop();

  appendLines(path, numbered('old while stopped', 1, 2));
  renameSync(path, `${path}.1`);
  appendLines(path, numbered('new', 1, 3));
  tailing.start();
  await tailing.round();

  const expected = [...numbered('old', 1, 20), ...numbered('old while stopped', 1, 2), ...numbered('new', 1, 3)];
  assert.deepEqual(tailing.messages(), sorted(expected));
});

test('a file smaller than the fingerprint that grows across a restart resumes, not restarts', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendLines(path, ['tiny']);
  await tailing.round();
  await tailing.stop();

  appendLines(path, numbered('grown while stopped', 1, 30));
  tailing.start();
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted(['tiny', ...numbered('grown while stopped', 1, 30)]));
  const [checkpoint] = tailing.ctx.store.checkpoints.files('test');
  assert.match(checkpoint.fingerprint, /^256:/);
});

test('resumed after a restart, then rewritten with the same first lines past the offset: read from 0', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  const long = `a line long enough that three of them fill the fingerprint ${'.'.repeat(40)}`;
  const first = numbered(`before stop, ${long}`, 1, 30);
  const second = [...first.slice(0, 3), ...numbered(`rewritten, ${long}`, 1, 40)];
  appendLines(path, first);
  await tailing.round();
  await tailing.stop();

  tailing.start();
  await tailing.round();
  writeFileSync(path, '');
  appendLines(path, second);
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...first, ...second]));
  assert.equal(await rotations(tailing, 'copytruncate'), 1);
});
