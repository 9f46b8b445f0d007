import assert from 'node:assert/strict';
import { test } from 'node:test';

import { appendLines, logFile } from './files';
import { Tailing } from './harness';

const TRACE = ['java.io.IOException: port closed', ' at Driver.send', ' at Driver.print'];

test('a multi-line record waits for the next header, and the checkpoint stays at its first line', async (t) => {
  const tailing = new Tailing(t, { multiline: true, files: { multilineTimeout: '1h' } });
  const path = logFile(tailing.logs);
  appendLines(path, ['first record', ...TRACE]);

  await tailing.round();

  assert.deepEqual(tailing.messages(), ['first record']);
  const [checkpoint] = tailing.ctx.store.checkpoints.files('test');
  assert.equal(checkpoint.offset, 'first record\n'.length);
});

test('a pending multi-line record is completed after multilineTimeout of quiet', async (t) => {
  const tailing = new Tailing(t, { multiline: true, files: { multilineTimeout: '100ms' } });
  appendLines(logFile(tailing.logs), TRACE);

  await tailing.until(() => tailing.messages().length === 1, 'the pending record to be flushed');

  assert.deepEqual(tailing.messages(), [TRACE.join('\n')]);
  const [checkpoint] = tailing.ctx.store.checkpoints.files('test');
  assert.equal(checkpoint.offset, `${TRACE.join('\n')}\n`.length);
});

test('a restart with a record pending reads the record again whole, and stores it once', async (t) => {
  const tailing = new Tailing(t, { multiline: true, files: { multilineTimeout: '1h' } });
  const path = logFile(tailing.logs);
  appendLines(path, ['before', ...TRACE.slice(0, 2)]);
  await tailing.round();
  await tailing.stop();

  appendLines(path, [TRACE[2], 'after']);
  tailing.start();
  await tailing.round();

  assert.deepEqual(tailing.messages(), ['before', TRACE.join('\n')]);
});
