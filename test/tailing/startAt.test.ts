import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { test } from 'node:test';

import { appendLines, logFile, numbered, sorted } from './files';
import { Tailing } from './harness';

test('startAt end: what files held at the first start is skipped, what follows is read', async (t) => {
  const tailing = new Tailing(t, { files: { startAt: 'end' } });
  const path = logFile(tailing.logs);
  appendLines(path, numbered('history', 1, 5));
  appendFileSync(path, 'a history line still being writ');
  await tailing.round();

  appendFileSync(path, 'ten\n');
  appendLines(path, ['fresh']);
  appendLines(logFile(tailing.logs, 'kkt-02'), ['a register that appeared later']);
  await tailing.round();

  assert.deepEqual(tailing.messages(), ['a register that appeared later', 'fresh']);
});

test('startAt end skips nothing written while the service was stopped', async (t) => {
  const tailing = new Tailing(t, { files: { startAt: 'end' } });
  const path = logFile(tailing.logs);
  appendLines(path, numbered('history', 1, 5));
  await tailing.round();
  await tailing.stop();

  appendLines(path, numbered('while stopped', 1, 3));
  tailing.start();
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted(numbered('while stopped', 1, 3)));
});
