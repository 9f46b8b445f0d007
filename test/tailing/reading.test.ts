import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

import { appendLines, logFile, numbered, sorted } from './files';
import { Tailing } from './harness';

test('a file written between rounds is read line by line, each line once', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);

  appendLines(path, numbered('first', 1, 3));
  await tailing.round();
  appendLines(path, numbered('second', 1, 2));
  await tailing.round();
  await tailing.round();

  assert.deepEqual(tailing.messages(), sorted([...numbered('first', 1, 3), ...numbered('second', 1, 2)]));
  assert.equal(tailing.ctx.fleet.get('kkt-01')?.device.id, 'kkt-01');
});

test('a partial last line waits for its newline', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);

  writeFileSync(path, 'whole line\nhalf a li');
  await tailing.round();
  assert.deepEqual(tailing.messages(), ['whole line']);

  appendFileSync(path, 'ne\n');
  await tailing.round();
  assert.deepEqual(tailing.messages(), ['half a line', 'whole line']);
});

test('CRLF line ends are stripped', async (t) => {
  const tailing = new Tailing(t);
  appendLines(logFile(tailing.logs), ['windows one', 'windows two'], '\r\n');

  await tailing.round();

  assert.deepEqual(tailing.messages(), ['windows one', 'windows two']);
});

test('an over-long line is cut at maxLineBytes and counted, and the lines after it are read', async (t) => {
  const tailing = new Tailing(t, { files: { maxLineBytes: 256 } });
  const path = logFile(tailing.logs);

  appendLines(path, ['before', `long ${'x'.repeat(5000)}`, 'after']);
  await tailing.round();

  const messages = tailing.messages();
  assert.deepEqual(
    messages.filter((m) => !m.startsWith('long')),
    ['after', 'before']
  );
  const long = messages.find((m) => m.startsWith('long'));
  assert.equal(long, `long ${'x'.repeat(251)}`);
  assert.equal(await skipped(tailing, 'too_long'), 1);
});

test('an over-long line split across many reads keeps only its head in memory', async (t) => {
  const tailing = new Tailing(t, { files: { maxLineBytes: 1024 } });
  const path = logFile(tailing.logs);

  appendFileSync(path, `start ${'y'.repeat(600 * 1024)}`);
  await tailing.round();
  appendFileSync(path, `${'y'.repeat(100)}\nnext line\n`);
  await tailing.round();

  assert.deepEqual(
    tailing.messages().map((m) => m.slice(0, 10)),
    ['next line', 'start yyyy']
  );
  assert.equal(tailing.events().find((e) => e.message.startsWith('start'))?.message.length, 1024);
});

test('binary garbage in the middle of a file is counted and skipped, the text around it is read', async (t) => {
  const tailing = new Tailing(t);
  const path = logFile(tailing.logs);

  appendLines(path, ['text before']);
  appendFileSync(path, Buffer.alloc(3000, 0));
  appendFileSync(path, Buffer.from([0x0a, 0x01, 0x02, 0x03, 0x04, 0x05, 0x41, 0x42, 0x0a]));
  appendLines(path, ['text after']);
  await tailing.round();

  assert.deepEqual(tailing.messages(), ['text after', 'text before']);
  assert.equal(await skipped(tailing, 'binary'), 2);
});

async function skipped(tailing: Tailing, reason: string): Promise<number> {
  const metric = await tailing.ctx.metrics.logLinesSkipped.get();
  return metric.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}
