import assert from 'node:assert/strict';
import { appendFileSync, statSync } from 'node:fs';
import { test } from 'node:test';

import { appendLines, logFile, numbered } from './files';
import { Tailing, metricValue } from './harness';

const TRACE = ['java.io.IOException: port closed', ' at Driver.send', ' at Driver.print'];

async function counters(tailing: Tailing) {
  const { metrics } = tailing.ctx;
  return {
    bytes: await metricValue(metrics.logBytesRead, {}),
    read: await metricValue(metrics.logLinesRead, {}),
    parsed: await metricValue(metrics.logLinesParsed, {}),
  };
}

async function reloadAndRound(tailing: Tailing, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await tailing.reload();
    await tailing.round();
  }
}

test('a line pending over reloads is counted once, when its record completes', async (t) => {
  const tailing = new Tailing(t, { multiline: true, files: { multilineTimeout: '500ms' } });
  const path = logFile(tailing.logs);
  appendLines(path, ['one appended line']);
  await tailing.round();

  await reloadAndRound(tailing, 2);
  await tailing.until(() => tailing.messages().length === 1, 'the record to complete');

  const bytes = statSync(path).size;
  assert.deepEqual(await counters(tailing), { bytes, read: 1, parsed: 1 });
});

test('a multi-line record pending over reloads is counted once', async (t) => {
  const tailing = new Tailing(t, { multiline: true, files: { multilineTimeout: '1h' } });
  const path = logFile(tailing.logs);
  appendLines(path, TRACE);
  await tailing.round();

  await reloadAndRound(tailing, 3);
  appendLines(path, ['next record']);
  await tailing.round();

  const bytes = `${TRACE.join('\n')}\n`.length;
  assert.deepEqual(await counters(tailing), { bytes, read: 3, parsed: 3 });
  assert.deepEqual(tailing.messages(), [TRACE.join('\n')]);
});

test('a partial last line read before reloads counts its bytes once', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendFileSync(path, 'whole\nthe beginning of');
  await tailing.round();

  await reloadAndRound(tailing, 2);
  appendFileSync(path, ' a line\n');
  await tailing.round();

  assert.deepEqual(await counters(tailing), { bytes: statSync(path).size, read: 2, parsed: 2 });
  assert.deepEqual(tailing.messages(), ['the beginning of a line', 'whole']);
});

test('the bytes of an over-long line are counted, across reloads too', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);
  appendFileSync(path, `long ${'x'.repeat(5 * 1024 * 1024)}`);
  await tailing.round();

  await reloadAndRound(tailing, 1);
  appendFileSync(path, '\nafter\n');
  await tailing.round();

  assert.deepEqual(await counters(tailing), { bytes: statSync(path).size, read: 2, parsed: 1 });
  assert.equal(await metricValue(tailing.ctx.metrics.logLinesSkipped, { reason: 'too_long' }), 1);
});

test('a log written during reloads counts each of its lines once', async (t) => {
  const tailing = new Tailing(t, { multiline: true, files: { multilineTimeout: '300ms' } });
  const path = logFile(tailing.logs);
  const text = `${numbered('line', 1, 2000).join('\n')}\n`;
  const step = Math.ceil(text.length / 5);

  for (let from = 0; from < text.length; from += step) {
    appendFileSync(path, text.slice(from, from + step));
    await tailing.round();
    await reloadAndRound(tailing, 1);
  }
  await tailing.until(() => tailing.messages().length === 2000, 'every line to be stored');

  assert.deepEqual(await counters(tailing), { bytes: text.length, read: 2000, parsed: 2000 });
});
