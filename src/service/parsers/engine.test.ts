import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MAX_CONTINUATION_LINES } from './engine';
import { createParser } from './index';
import { type RawLine } from './types';

function lines(texts: string[]): RawLine[] {
  let offset = 0;
  return texts.map((text) => {
    const line = { text, offset, endOffset: offset + Buffer.byteLength(text) + 1 };
    offset = line.endOffset;
    return line;
  });
}

test('blank lines are skipped as empty, keeping the pending record', () => {
  const parser = createParser('javapos');
  const [header, blank, trace] = lines([
    '30.06.2023 10:28:14.758 [Thread-970] c.s.jpos.fiscalprinter.FDOService - FDO data sending failed',
    ' \t ',
    'java.lang.InterruptedException: null',
  ]);

  assert.deepEqual(parser.push(header), { records: [] });
  assert.deepEqual(parser.push(blank), { records: [], skipped: 'empty' });
  assert.deepEqual(parser.push(trace), { records: [] });

  const [record] = parser.flush();
  assert.equal(record.message, 'FDO data sending failed\njava.lang.InterruptedException: null');
  assert.deepEqual([record.offset, record.endOffset], [header.offset, trace.endOffset]);
});

test('a pending record holds the checkpoint back until the next header completes it', () => {
  const parser = createParser('javapos');
  const [first, trace, second] = lines([
    '2019-01-13 02:11:30.379 [AsyncTask #2] ERROR c.s.f.SMFiscalPrinterImpl - failed',
    '\tat com.shtrih.fiscalprinter.SMFiscalPrinterImpl.execute(SMFiscalPrinterImpl.java:425)',
    '2019-01-13 02:11:30.383 [AsyncTask #2] DEBUG c.s.f.SMFiscalPrinterImpl - 8Dh, Open receipt = 0, 343 ms',
  ]);

  parser.push(first);
  parser.push(trace);
  assert.equal(parser.pendingOffset(), first.offset);

  const done = parser.push(second).records;
  assert.equal(done.length, 1);
  assert.equal(done[0].endOffset, trace.endOffset);
  assert.equal(parser.pendingOffset(), second.offset);
  assert.equal(parser.flush().length, 1);
  assert.equal(parser.pendingOffset(), null);
  assert.deepEqual(parser.flush(), []);
});

test('formats without continuation lines complete each record at once', () => {
  const parser = createParser('drvfr');
  const [line] = lines(['[18.06.2024 16:40:31.720] [00006928] [DEBUG] TFiscalPrinter OpenPort']);

  assert.equal(parser.push(line).records.length, 1);
  assert.equal(parser.pendingOffset(), null);
});

test('a runaway continuation is cut and the rest counted as too long', () => {
  const parser = createParser('javapos');
  const texts = ['2019-01-13 02:11:30.379 [main] ERROR c.s.X - boom'];
  for (let i = 0; i < MAX_CONTINUATION_LINES + 10; i++) {
    texts.push(`\tat frame${i}`);
  }
  const all = lines(texts);

  const reasons = all.map((line) => parser.push(line).skipped).filter((r) => r !== undefined);
  const [record] = parser.flush();

  assert.deepEqual(reasons, new Array(11).fill('too_long'));
  assert.equal(record.message.split('\n').length, MAX_CONTINUATION_LINES);
  assert.equal(record.endOffset, all[all.length - 1].endOffset);
});
